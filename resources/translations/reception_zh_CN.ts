<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The office&apos;s front desk. Without a command it opens the desk.</source>
        <translation>机关前台接待系统。不带子命令时打开前台界面。</translation>
    </message>
    <message>
        <source>a SQLite file or a postgresql+psycopg:// URL</source>
        <translation>SQLite 数据库文件，或 postgresql+psycopg:// 地址</translation>
    </message>
    <message>
        <source>language: zh_CN (default) or en</source>
        <translation>界面语言：zh_CN（默认）或 en</translation>
    </message>
    <message>
        <source>the operator who acts (or RECEPTION_OPERATOR)</source>
        <translation>执行操作的操作员（或环境变量 RECEPTION_OPERATOR）</translation>
    </message>
    <message>
        <source>Fill the database with realistic demonstration data.</source>
        <translation>向数据库填入逼真的演示数据。</translation>
    </message>
    <message>
        <source>how many visits&apos; worth (default 1000)</source>
        <translation>按多少人次来访的规模生成（默认 1000）</translation>
    </message>
    <message>
        <source>random seed (the same seed gives the same data)</source>
        <translation>随机种子（种子相同，数据相同）</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>以 JSON 格式输出结果</translation>
    </message>
    <message>
        <source>Copy the database to FILE (safe while desks are open).</source>
        <translation>将数据库备份到文件（前台开着时也可安全备份）。</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>要写入的备份文件</translation>
    </message>
    <message>
        <source>Replace the database with a backup, after checking the backup.</source>
        <translation>校验备份无误后，用备份替换当前数据库。</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <source>Check the database: integrity, schema version, audit chain.</source>
        <translation>检查数据库：完整性、结构版本、审计链。</translation>
    </message>
    <message>
        <source>The audit trail.</source>
        <translation>审计记录。</translation>
    </message>
    <message>
        <source>Verify the audit chain; names the first broken row.</source>
        <translation>校验审计链；如有断裂，指出第一条出错的记录。</translation>
    </message>
    <message>
        <source>Manage operators (administrator).</source>
        <translation>管理操作员（限管理员）。</translation>
    </message>
    <message>
        <source>Add an operator.</source>
        <translation>添加操作员。</translation>
    </message>
    <message>
        <source>sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>display name (default: the sign-in name)</source>
        <translation>显示姓名（默认与登录名相同）</translation>
    </message>
    <message>
        <source>role (the first operator is always the administrator)</source>
        <translation>角色（第一个操作员必须是管理员）</translation>
    </message>
    <message>
        <source>List operators.</source>
        <translation>列出操作员。</translation>
    </message>
    <message>
        <source>Disable an operator (kept for the audit trail).</source>
        <translation>停用操作员（账号保留，以备审计追溯）。</translation>
    </message>
    <message>
        <source>Enable a disabled operator.</source>
        <translation>重新启用已停用的操作员。</translation>
    </message>
    <message>
        <source>Set a new password for an operator.</source>
        <translation>为操作员重设密码。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>row {seq} is missing (deleted or renumbered)</source>
        <translation>第 {seq} 条记录缺失（被删除或改号）</translation>
    </message>
    <message>
        <source>row {seq} does not follow the row before it (reordered)</source>
        <translation>第 {seq} 条记录与上一条衔接不上（顺序被调换）</translation>
    </message>
    <message>
        <source>row {seq} was edited</source>
        <translation>第 {seq} 条记录被改动过</translation>
    </message>
    <message>
        <source>row {seq} and those after it were deleted</source>
        <translation>第 {seq} 条及其后的记录被删除</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Operator added</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>停用操作员</translation>
    </message>
    <message>
        <source>Operator enabled</source>
        <translation>启用操作员</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>Demonstration data loaded</source>
        <translation>导入演示数据</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>{details}
Reason: {reason}</source>
        <translation>{details}
理由：{reason}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search by action, operator or record number</source>
        <translation>按操作、操作员或对象编号查找</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找……</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Password for {login}: </source>
        <translation>请输入 {login} 的密码：</translation>
    </message>
    <message>
        <source>New administrator {login}&apos;s password: </source>
        <translation>请为新管理员 {login} 设置密码：</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Demo operators {logins} sign in with the password {password}.</source>
        <translation>演示操作员 {logins} 的登录密码均为 {password}。</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>已备份到 {path}。</translation>
    </message>
    <message>
        <source>Restored from {path}; the previous database was kept as {safety}.</source>
        <translation>已从 {path} 恢复；恢复前的数据库另存为 {safety}。</translation>
    </message>
    <message>
        <source>schema {found}, expected {head}</source>
        <translation>结构版本为 {found}，应为 {head}</translation>
    </message>
    <message>
        <source>database integrity</source>
        <translation>数据库完整性</translation>
    </message>
    <message>
        <source>schema at the newest version</source>
        <translation>结构为最新版本</translation>
    </message>
    <message>
        <source>audit chain unbroken</source>
        <translation>审计链完整</translation>
    </message>
    <message>
        <source>audit table append-only</source>
        <translation>审计表只可追加</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Audit chain intact: {rows} rows.</source>
        <translation>审计链完整，共 {rows} 条记录。</translation>
    </message>
    <message>
        <source>Audit chain broken: {problem}.</source>
        <translation>审计链断裂：{problem}。</translation>
    </message>
    <message>
        <source>New password for {login}: </source>
        <translation>请输入 {login} 的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>请再次输入同一密码：</translation>
    </message>
    <message>
        <source>Operator {login} ({role}) added.</source>
        <translation>已添加操作员 {login}（{role}）。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Operator {login} enabled.</source>
        <translation>操作员 {login} 已启用。</translation>
    </message>
    <message>
        <source>Operator {login} disabled.</source>
        <translation>操作员 {login} 已停用。</translation>
    </message>
    <message>
        <source>New password set for {login}; they must change it at sign-in.</source>
        <translation>已为 {login} 重设密码；其下次登录时须改用自己的新密码。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something unexpected went wrong. The last action may not have been completed: please check it and try again.

The details were written to {path}.</source>
        <translation>出现了意外错误，刚才的操作可能没有完成：请核对后重试。

详细情况已记入 {path}。</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>前台接待</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Reception desk</source>
        <translation>前台接待</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <source>Unnamed desk</source>
        <translation>未命名前台</translation>
    </message>
    <message>
        <source>{desk} · Counter {counter}</source>
        <translation>{desk} · {counter} 号窗口</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Say who acts: --operator NAME or the RECEPTION_OPERATOR variable.</source>
        <translation>请指明由哪位操作员执行：--operator 登录名，或设置环境变量 RECEPTION_OPERATOR。</translation>
    </message>
    <message>
        <source>No password given: set RECEPTION_PASSWORD or run the command in a terminal.</source>
        <translation>未提供密码：请设置环境变量 RECEPTION_PASSWORD，或在终端中运行此命令以便输入。</translation>
    </message>
    <message>
        <source>Backup and restore here are for SQLite files; back up a PostgreSQL server with pg_dump.</source>
        <translation>此处的备份与恢复仅适用于 SQLite 数据库文件；PostgreSQL 服务器请用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>{path} exists already; choose a new file name.</source>
        <translation>{path} 已存在，请另取一个文件名。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a valid backup ({reason}); nothing was changed.</source>
        <translation>{path} 不是有效的备份（{reason}），未做任何改动。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The database has no operator yet: the first must be administrator.</source>
        <translation>数据库中还没有操作员：第一个操作员必须是管理员。</translation>
    </message>
    <message>
        <source>{url} is not a database address.</source>
        <translation>{url} 不是有效的数据库地址。</translation>
    </message>
    <message>
        <source>Only SQLite files and PostgreSQL servers are supported, not {url}.</source>
        <translation>仅支持 SQLite 数据库文件和 PostgreSQL 服务器，不支持 {url}。</translation>
    </message>
    <message>
        <source>A protected value is in an unknown format.</source>
        <translation>一项受保护的数据格式无法识别。</translation>
    </message>
    <message>
        <source>A protected value cannot be read with this desk&apos;s key: the key file does not belong to this database.</source>
        <translation>本机密钥无法解读受保护的数据：密钥文件与该数据库不匹配。</translation>
    </message>
    <message>
        <source>The key in {origin} is not a 32-byte key written in base64.</source>
        <translation>{origin} 中的密钥不是 base64 编码的 32 字节密钥。</translation>
    </message>
    <message>
        <source>The key file {path} is missing.</source>
        <translation>找不到密钥文件 {path}。</translation>
    </message>
    <message>
        <source>A sign-in name has 2 to 40 letters, digits, Chinese characters, dots, dashes or underscores.</source>
        <translation>登录名须为 2 至 40 个字符，可用字母、数字、汉字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>A name must have 1 to 40 characters.</source>
        <translation>姓名须为 1 至 40 个字符。</translation>
    </message>
    <message>
        <source>There is no role {role}; the roles are receptionist, lodging_clerk, petitions_officer, director and administrator.</source>
        <translation>没有“{role}”这一角色；可用角色为 receptionist（接待员）、lodging_clerk（住宿管理员）、petitions_officer（信访专员）、director（主任）和 administrator（管理员）。</translation>
    </message>
    <message>
        <source>There is no operator {login}.</source>
        <translation>没有名为 {login} 的操作员。</translation>
    </message>
    <message>
        <source>There is already an operator {login}.</source>
        <translation>已有名为 {login} 的操作员。</translation>
    </message>
    <message>
        <source>This database already has operators; sign in instead.</source>
        <translation>该数据库已有操作员，请直接登录。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation>不能停用最后一位在用的管理员。</translation>
    </message>
    <message>
        <source>The last active administrator must stay administrator.</source>
        <translation>最后一位在用的管理员不能改为其他角色。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <source>Wrong sign-in name or password.</source>
        <translation>登录名或密码不正确。</translation>
    </message>
    <message>
        <source>The operator {login} is disabled.</source>
        <translation>操作员 {login} 已被停用。</translation>
    </message>
    <message>
        <source>A password must have {least} to {most} characters.</source>
        <translation>密码须为 {least} 至 {most} 个字符。</translation>
    </message>
    <message>
        <source>A password may not begin or end with a space or hold control keys.</source>
        <translation>密码首尾不能有空格，也不能含控制字符。</translation>
    </message>
    <message>
        <source>Your role may not {action}.</source>
        <translation>您的角色无权{action}。</translation>
    </message>
    <message>
        <source>The office name must have 1 to 60 characters.</source>
        <translation>单位名称须为 1 至 60 个字符。</translation>
    </message>
    <message>
        <source>The idle lock must be whole minutes.</source>
        <translation>闲置锁定时间须为整数分钟。</translation>
    </message>
    <message>
        <source>The idle lock must be between 0 (never) and {most} minutes.</source>
        <translation>闲置锁定时间须在 0（不锁定）至 {most} 分钟之间。</translation>
    </message>
    <message>
        <source>There is no setting named {key}.</source>
        <translation>没有名为 {key} 的设置项。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only.</source>
        <translation>文件夹 {folder} 为只读。</translation>
    </message>
    <message>
        <source>The database file {path} (or its folder) is read-only.</source>
        <translation>数据库文件 {path}（或其所在文件夹）为只读。</translation>
    </message>
    <message>
        <source>{path} is not a database file of this program.</source>
        <translation>{path} 不是本系统的数据库文件。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged ({reason}). Restore it from a backup.</source>
        <translation>数据库文件 {path} 已损坏（{reason}），请从备份恢复。</translation>
    </message>
    <message>
        <source>This desk&apos;s key does not match the database: copy the office&apos;s key file (or RECEPTION_KEY) from a desk that uses this database.</source>
        <translation>本机密钥与数据库不匹配：请从使用该数据库的其他前台复制本单位的密钥文件（或 RECEPTION_KEY）。</translation>
    </message>
    <message>
        <source>The desk needs a database file.</source>
        <translation>前台需要一个数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>无法打开数据库 {url}：{reason}</translation>
    </message>
    <message>
        <source>The database was made by a newer version of this program (schema {revision}). Update the program; the database was left untouched.</source>
        <translation>该数据库由本系统的更新版本创建（结构版本 {revision}）。请先升级程序；数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The desk cannot open its files: {reason}</source>
        <translation>前台无法打开所需文件：{reason}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}.</source>
        <translation>{name}，您好！</translation>
    </message>
    <message>
        <source>Signed in as {login}, role: {role}</source>
        <translation>当前登录：{login}，角色：{role}</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Today is {date}.</source>
        <translation>今天是{date}。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Desk locked</source>
        <translation>前台已锁定</translation>
    </message>
    <message>
        <source>The desk is locked.</source>
        <translation>前台已锁定。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>换人登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Signed in: {name} ({login})</source>
        <translation>当前登录：{name}（{login}）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter or choose your sign-in name.</source>
        <translation>请输入或选择登录名。</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Reception desk {version}

The office&apos;s front desk: visitors, guesthouse, letters and visits, precedence and seating.</source>
        <translation>前台接待系统 {version}

机关前台业务一体化：来访接待、宾馆住宿、信访登记、排序座次。</translation>
    </message>
    <message>
        <source>{office} · Reception desk</source>
        <translation>{office} · 前台接待</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Scanned: {code}</source>
        <translation>已扫码：{code}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Reception desk</source>
        <translation>前台接待</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Add an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>登录名(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>显示姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;First password:</source>
        <translation>初始密码(&amp;F)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>The new operator chooses a new password at the first sign-in.</source>
        <translation>新操作员首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存……</translation>
    </message>
</context>
<context>
    <name>OperatorModel</name>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <source>Filter by sign-in name, name or role</source>
        <translation>按登录名、姓名或角色筛选</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>变更角色(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <source>Role of {name} ({login}):</source>
        <translation>{name}（{login}）的角色：</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>New password for {name} ({login}). They choose their own at the next sign-in.</source>
        <translation>为 {name}（{login}）设置新密码；其下次登录时须改用自己的密码。</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own to continue.</source>
        <translation>您的密码由管理员设置，请先设置自己的密码再继续。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存……</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>An ID number has 18 characters</source>
        <translation>身份证号码应为 18 位</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X</source>
        <translation>身份证号码应为 17 位数字加 1 位数字或 X</translation>
    </message>
    <message>
        <source>The birth date in the ID number does not exist</source>
        <translation>身份证号码中的出生日期不存在</translation>
    </message>
    <message>
        <source>The birth date in the ID number is in the future</source>
        <translation>身份证号码中的出生日期晚于今天</translation>
    </message>
    <message>
        <source>The check character of the ID number is wrong</source>
        <translation>身份证号码校验位不正确</translation>
    </message>
    <message>
        <source>The district code of the ID number is not in the list of known districts; the number is accepted, but please compare it with the card</source>
        <translation>身份证号码的地区码不在已知行政区划中；号码已接受，请与证件核对</translation>
    </message>
    <message>
        <source>No phone number was given</source>
        <translation>未填写电话号码</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, brackets and a leading +</source>
        <translation>电话号码只能包含数字、空格、连字符、括号和开头的 +</translation>
    </message>
    <message>
        <source>A landline number needs its area code, such as 010 or 0755</source>
        <translation>固定电话须带区号，如 010 或 0755</translation>
    </message>
    <message>
        <source>Only mainland China phone numbers (+86) are accepted</source>
        <translation>仅接受中国大陆电话号码（+86）</translation>
    </message>
    <message>
        <source>Service numbers such as 400 or 800 numbers are not accepted</source>
        <translation>不接受 400、800 等服务号码</translation>
    </message>
    <message>
        <source>This is not a valid mobile or landline number</source>
        <translation>这不是有效的手机或固定电话号码</translation>
    </message>
    <message>
        <source>The name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>A name has at most 40 characters</source>
        <translation>姓名最多 40 个字符</translation>
    </message>
    <message>
        <source>The name contains invisible control characters</source>
        <translation>姓名中含有不可见的控制字符</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>修改单位设置</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>备份或恢复数据库</translation>
    </message>
    <message>
        <source>load demonstration data</source>
        <translation>导入演示数据</translation>
    </message>
    <message>
        <source>serve visitors</source>
        <translation>办理来访接待</translation>
    </message>
    <message>
        <source>manage guest lodging</source>
        <translation>管理客房住宿</translation>
    </message>
    <message>
        <source>handle petitions</source>
        <translation>办理信访事项</translation>
    </message>
    <message>
        <source>see petitioners&apos; personal details</source>
        <translation>查看信访人个人信息</translation>
    </message>
    <message>
        <source>approve extensions</source>
        <translation>审批延期</translation>
    </message>
    <message>
        <source>manage precedence and seating</source>
        <translation>管理排序与座次</translation>
    </message>
    <message>
        <source>read every area</source>
        <translation>查看所有业务</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>接待员</translation>
    </message>
    <message>
        <source>Lodging clerk</source>
        <translation>住宿管理员</translation>
    </message>
    <message>
        <source>Petitions officer</source>
        <translation>信访专员</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Office (every desk)</source>
        <translation>本单位（所有前台通用）</translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation>单位名称(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>闲置多久后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Only the administrator can change the office settings.</source>
        <translation>只有管理员可以修改单位设置。</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>本前台</translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation>前台名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Counter number:</source>
        <translation>窗口号(&amp;C)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when the desk is started again.</source>
        <translation>更换语言后，重新启动前台即生效。</translation>
    </message>
    <message>
        <source>This desk&apos;s settings could not be saved: {reason}</source>
        <translation>本前台的设置未能保存：{reason}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>This desk has no operators yet. Name the office and create the administrator, who then adds the other operators.</source>
        <translation>本系统还没有操作员。请填写单位名称并创建管理员账号，其他操作员由管理员添加。</translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation>单位名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;sign-in name:</source>
        <translation>管理员登录名(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>显示姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
</TS>
