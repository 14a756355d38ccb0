"""The director's picture at the desk: the overview page of figures and charts."""
