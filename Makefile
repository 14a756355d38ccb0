# The desk's two everyday commands come first: `make run` and `make test`.
# Both build .venv from the pinned packages and install the Debian libraries Qt needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PKGS   := libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 \
          libxkbcommon0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
          libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libpulse0 \
          fonts-noto-cjk poppler-utils
UI_SRC := $(wildcard ui/*.ui)

.PHONY: run test lint bench ui i18n debs venv clean
run: venv
	$(BIN)/reception $(ARGS)

test: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check reception tests bench tools
	$(BIN)/ruff format --check reception tests bench tools
	$(BIN)/mypy reception tools

bench: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(ARGS)

# Regenerate the committed Designer forms and translations (tests check they are current).
ui: venv
	$(BIN)/python -m tools.build_forms

i18n: venv
	$(BIN)/python -m tools.build_translations

venv: debs $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Qt's system libraries and a CJK font: installed when run as root, otherwise the line is printed.
debs:
	@missing=$$(for p in $(PKGS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages Qt needs: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Qt needs these Debian packages; run:"; \
	    echo "  sudo apt-get install -y $$missing"; \
	  fi; \
	fi

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
