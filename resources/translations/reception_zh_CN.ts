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
        <source>The day&apos;s figures of every area your role may read (总览).</source>
        <translation>显示本角色可查看的各项当日数据（总览）。</translation>
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
    <message>
        <source>Register visitors.</source>
        <translation>登记来访人员。</translation>
    </message>
    <message>
        <source>Register a visitor: issue a ticket and a slip token.</source>
        <translation>登记来访人员：发放排队号和凭条令牌。</translation>
    </message>
    <message>
        <source>the visitor&apos;s name</source>
        <translation>来访人姓名</translation>
    </message>
    <message>
        <source>The petitions log (信访).</source>
        <translation>信访登记（信访）。</translation>
    </message>
    <message>
        <source>Register a new matter; earlier matters of the person are named.</source>
        <translation>登记新的信访事项；列出该信访人以往的信访事项。</translation>
    </message>
    <message>
        <source>the petitioner&apos;s name</source>
        <translation>信访人姓名</translation>
    </message>
    <message>
        <source>the petitioner&apos;s resident ID number</source>
        <translation>信访人居民身份证号码</translation>
    </message>
    <message>
        <source>mobile or landline number</source>
        <translation>手机或固定电话号码</translation>
    </message>
    <message>
        <source>what the matter is about</source>
        <translation>信访事项内容摘要</translation>
    </message>
    <message>
        <source>the day it was received (default today)</source>
        <translation>收到日期（默认今天）</translation>
    </message>
    <message>
        <source>how it came (default visit)</source>
        <translation>信访形式（默认来访）</translation>
    </message>
    <message>
        <source>how many people came; five or more is a joint visit</source>
        <translation>来访人数；五人及以上为集体访</translation>
    </message>
    <message>
        <source>the category, such as 劳动社保/拖欠工资</source>
        <translation>问题类别，例如 劳动社保/拖欠工资</translation>
    </message>
    <message>
        <source>the unit concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>what the petitioner asks</source>
        <translation>信访人的诉求</translation>
    </message>
    <message>
        <source>the petitioner&apos;s address</source>
        <translation>信访人住址</translation>
    </message>
    <message>
        <source>Open cases by deadline: overdue first, then due soonest.</source>
        <translation>按期限列出在办信访事项：已超期的在前，其次为最先到期的。</translation>
    </message>
    <message>
        <source>only cases due within DAYS days (overdue ones included)</source>
        <translation>只列 DAYS 天内到期的信访事项（含已超期的）</translation>
    </message>
    <message>
        <source>only overdue cases</source>
        <translation>只列已超期的信访事项</translation>
    </message>
    <message>
        <source>closed, refused and final cases too</source>
        <translation>同时列出已办结、不予受理和已终结的信访事项</translation>
    </message>
    <message>
        <source>a case number or a petitioner&apos;s name</source>
        <translation>信访事项编号或信访人姓名</translation>
    </message>
    <message>
        <source>only this unit</source>
        <translation>只列该单位</translation>
    </message>
    <message>
        <source>at most N cases (default 200)</source>
        <translation>最多 N 件（默认 200）</translation>
    </message>
    <message>
        <source>The full record of a case, decrypted (the opening is audited).</source>
        <translation>信访事项的完整记录（解密显示，查阅记入审计）。</translation>
    </message>
    <message>
        <source>the case number, XF2026-000123</source>
        <translation>信访事项编号，例如 XF2026-000123</translation>
    </message>
    <message>
        <source>Take a step of a case&apos;s workflow.</source>
        <translation>办理信访事项的一个步骤。</translation>
    </message>
    <message>
        <source>one of: </source>
        <translation>可选：</translation>
    </message>
    <message>
        <source>the day of the step (default today)</source>
        <translation>办理日期（默认今天）</translation>
    </message>
    <message>
        <source>the reason (refuse, object)</source>
        <translation>理由（不予受理、承办单位异议）</translation>
    </message>
    <message>
        <source>the unit (assign)</source>
        <translation>承办单位（交办）</translation>
    </message>
    <message>
        <source>the reply or decision (reply, decide_*)</source>
        <translation>答复或复查、复核意见（reply、decide_*）</translation>
    </message>
    <message>
        <source>The guesthouse&apos;s rooms.</source>
        <translation>宾馆客房。</translation>
    </message>
    <message>
        <source>Add a room to the guesthouse.</source>
        <translation>为宾馆添加客房。</translation>
    </message>
    <message>
        <source>the room&apos;s number</source>
        <translation>房间号</translation>
    </message>
    <message>
        <source>the room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>beds, 1 to 6</source>
        <translation>床位数，1 至 6</translation>
    </message>
    <message>
        <source>the floor (default: read from the number)</source>
        <translation>楼层（默认：从房间号读出）</translation>
    </message>
    <message>
        <source>the building (default 1)</source>
        <translation>楼栋（默认 1）</translation>
    </message>
    <message>
        <source>the rate per night, in yuan</source>
        <translation>每晚房价（元）</translation>
    </message>
    <message>
        <source>accessible (无障碍)</source>
        <translation>无障碍客房</translation>
    </message>
    <message>
        <source>on the quiet side</source>
        <translation>位于安静一侧</translation>
    </message>
    <message>
        <source>near the lift</source>
        <translation>靠近电梯</translation>
    </message>
    <message>
        <source>List the rooms in use.</source>
        <translation>列出在用的客房。</translation>
    </message>
    <message>
        <source>only this building</source>
        <translation>仅此楼栋</translation>
    </message>
    <message>
        <source>only this floor</source>
        <translation>仅此楼层</translation>
    </message>
    <message>
        <source>only this room type</source>
        <translation>仅此房型</translation>
    </message>
    <message>
        <source>Which rooms are free.</source>
        <translation>查询空闲客房。</translation>
    </message>
    <message>
        <source>Rooms with a bed free for every night from --from to --to.</source>
        <translation>从 --from 到 --to 每晚都有空床位的客房。</translation>
    </message>
    <message>
        <source>the first night</source>
        <translation>入住首晚的日期</translation>
    </message>
    <message>
        <source>the day of departure (its night is not needed)</source>
        <translation>离店日期（当晚不需要住宿）</translation>
    </message>
    <message>
        <source>Delegations received (接待对象).</source>
        <translation>接待对象。</translation>
    </message>
    <message>
        <source>Record a delegation, with its inviting letter&apos;s reference.</source>
        <translation>登记接待对象，须填写公函文号。</translation>
    </message>
    <message>
        <source>the delegation&apos;s name</source>
        <translation>接待对象名称</translation>
    </message>
    <message>
        <source>the reference of the inviting letter (公函), required</source>
        <translation>公函文号（必填）</translation>
    </message>
    <message>
        <source>the day of arrival</source>
        <translation>抵达日期</translation>
    </message>
    <message>
        <source>the day of departure</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>the visiting unit (default: the name)</source>
        <translation>来访单位（默认：接待对象名称）</translation>
    </message>
    <message>
        <source>the purpose of the visit</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>the liaison&apos;s name</source>
        <translation>联络人姓名</translation>
    </message>
    <message>
        <source>the liaison&apos;s phone number</source>
        <translation>联络人电话</translation>
    </message>
    <message>
        <source>Guests of the guesthouse.</source>
        <translation>宾馆客人。</translation>
    </message>
    <message>
        <source>Add a guest to a delegation.</source>
        <translation>为接待对象添加客人。</translation>
    </message>
    <message>
        <source>the delegation&apos;s number</source>
        <translation>接待对象编号</translation>
    </message>
    <message>
        <source>the guest&apos;s name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <source>the guest&apos;s gender</source>
        <translation>客人性别</translation>
    </message>
    <message>
        <source>the rank level, such as 正处级</source>
        <translation>职级，如 正处级</translation>
    </message>
    <message>
        <source>the guest&apos;s post</source>
        <translation>客人职务</translation>
    </message>
    <message>
        <source>the head of the delegation</source>
        <translation>团长</translation>
    </message>
    <message>
        <source>Stays: book a guest into a room, check in and out.</source>
        <translation>住宿：为客人订房、办理入住和退房。</translation>
    </message>
    <message>
        <source>Book a guest into a room.</source>
        <translation>为客人预订客房。</translation>
    </message>
    <message>
        <source>the building, when several have the room number</source>
        <translation>楼栋（多栋楼有同一房间号时填写）</translation>
    </message>
    <message>
        <source>the guest&apos;s delegation, when several guests have the name</source>
        <translation>客人所属接待对象（多位客人同名时填写）</translation>
    </message>
    <message>
        <source>why a room above the guest&apos;s reception standard is given</source>
        <translation>安排高于接待标准的客房的理由</translation>
    </message>
    <message>
        <source>The guest has arrived: check the stay in.</source>
        <translation>客人已抵达：办理入住。</translation>
    </message>
    <message>
        <source>The guest leaves: check the stay out.</source>
        <translation>客人离店：办理退房。</translation>
    </message>
    <message>
        <source>Cancel a booked stay.</source>
        <translation>取消已预订的住宿。</translation>
    </message>
    <message>
        <source>the stay&apos;s number</source>
        <translation>住宿编号</translation>
    </message>
    <message>
        <source>Guest lists of delegations.</source>
        <translation>接待对象客人名单。</translation>
    </message>
    <message>
        <source>Import a delegation&apos;s guest list from an Excel workbook.</source>
        <translation>从 Excel 工作簿导入接待对象客人名单。</translation>
    </message>
    <message>
        <source>the guest list</source>
        <translation>客人名单文件</translation>
    </message>
    <message>
        <source>the host or department visited</source>
        <translation>拜访的接待人或部门</translation>
    </message>
    <message>
        <source>priority class (default ordinary; the elderly are found by ID number)</source>
        <translation>优先类别（默认普通；老年人按身份证号自动识别）</translation>
    </message>
    <message>
        <source>people in the party, 1 to 99</source>
        <translation>同行人数，1 至 99</translation>
    </message>
    <message>
        <source>the service&apos;s series letter (default: the first service; appointments: theirs)</source>
        <translation>业务的号段字母（默认为第一项业务；预约来访用预约号段）</translation>
    </message>
    <message>
        <source>resident ID number (optional)</source>
        <translation>居民身份证号码（可选）</translation>
    </message>
    <message>
        <source>an appointment at this time, in the office&apos;s time zone</source>
        <translation>预约在此时间来访（按本单位时区）</translation>
    </message>
    <message>
        <source>write the slip as a PDF</source>
        <translation>将凭条保存为 PDF</translation>
    </message>
    <message>
        <source>the slip&apos;s paper: 80mm roll (default) or a6</source>
        <translation>凭条纸张：80mm 卷纸（默认）或 a6</translation>
    </message>
    <message>
        <source>Check a visitor in by the payload of the slip&apos;s QR code.</source>
        <translation>按凭条二维码的内容为来访人员签到。</translation>
    </message>
    <message>
        <source>what the scanner read</source>
        <translation>扫码枪读到的内容</translation>
    </message>
    <message>
        <source>sign the visitor out instead (leaving)</source>
        <translation>改为登记离开</translation>
    </message>
    <message>
        <source>The queue and the counters.</source>
        <translation>排队与窗口。</translation>
    </message>
    <message>
        <source>Call the next ticket to a counter, or a given one with --ticket.</source>
        <translation>为窗口叫下一个号，或用 --ticket 叫指定的号。</translation>
    </message>
    <message>
        <source>call this ticket out of turn</source>
        <translation>不按顺序，叫此号</translation>
    </message>
    <message>
        <source>Call the counter&apos;s current ticket again.</source>
        <translation>重呼窗口当前的号。</translation>
    </message>
    <message>
        <source>The counter&apos;s current ticket has been served.</source>
        <translation>窗口当前的号已办结。</translation>
    </message>
    <message>
        <source>The counter&apos;s current ticket did not come (after recalls).</source>
        <translation>窗口当前的号未到（重呼之后）。</translation>
    </message>
    <message>
        <source>Set the counter&apos;s current ticket aside.</source>
        <translation>将窗口当前的号暂挂。</translation>
    </message>
    <message>
        <source>the counter&apos;s number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>The queue now: waiting per series, waits, current calls.</source>
        <translation>当前排队情况：各号段等候人数、等候时间、正在叫的号。</translation>
    </message>
    <message>
        <source>Who is on site now.</source>
        <translation>当前在场的来访人员。</translation>
    </message>
    <message>
        <source>write the roll call as a PDF</source>
        <translation>将在场名单保存为 PDF</translation>
    </message>
    <message>
        <source>Open the display board of the hall (ticket numbers only).</source>
        <translation>打开大厅叫号屏（只显示号码）。</translation>
    </message>
    <message>
        <source>the screen to show it on, from 0</source>
        <translation>显示在哪块屏幕上，从 0 起</translation>
    </message>
    <message>
        <source>in a window instead of full screen</source>
        <translation>以窗口显示，不全屏</translation>
    </message>
    <message>
        <source>do not announce calls aloud</source>
        <translation>叫号时不语音播报</translation>
    </message>
    <message>
        <source>Precedence and seating: podiums, banquets, charts, name cards.</source>
        <translation>排名与座次：主席台、宴会、座次图、桌签。</translation>
    </message>
    <message>
        <source>Where precedence numbers 1..N sit on a podium, left to right from the audience.</source>
        <translation>主席台上 1 至 N 号的座位，从台下看自左至右。</translation>
    </message>
    <message>
        <source>the number of people on the podium</source>
        <translation>主席台就座人数</translation>
    </message>
    <message>
        <source>domestic: the left is senior (default); international: the right is senior</source>
        <translation>domestic：以左为尊（默认）；international：以右为尊</translation>
    </message>
    <message>
        <source>seats in each row, front row first</source>
        <translation>每排座位数，前排在先</translation>
    </message>
    <message>
        <source>The seats around one banquet table, clockwise from the host&apos;s seat.</source>
        <translation>一张宴会桌的座次，从主人座位起按顺时针排列。</translation>
    </message>
    <message>
        <source>the number of guests</source>
        <translation>客人人数</translation>
    </message>
    <message>
        <source>the number on the host side: host, deputy host, accompanying staff</source>
        <translation>主方人数：主人、副主人和陪同人员</translation>
    </message>
    <message>
        <source>A seating event&apos;s chart, or its PDF.</source>
        <translation>一项座次安排的座次图，或其 PDF。</translation>
    </message>
    <message>
        <source>the event&apos;s number</source>
        <translation>座次安排编号</translation>
    </message>
    <message>
        <source>write the chart as a PDF</source>
        <translation>将座次图写成 PDF</translation>
    </message>
    <message>
        <source>paper size, landscape (default a4)</source>
        <translation>纸张大小，横向（默认 a4）</translation>
    </message>
    <message>
        <source>Name cards for a seating event, as a PDF.</source>
        <translation>一项座次安排的桌签，写成 PDF。</translation>
    </message>
    <message>
        <source>write the name cards here</source>
        <translation>桌签写入此文件</translation>
    </message>
    <message>
        <source>A delegation&apos;s reception plan, or its PDF.</source>
        <translation>来访团组的接待方案，或其 PDF。</translation>
    </message>
    <message>
        <source>write the plan as a PDF</source>
        <translation>将接待方案写成 PDF</translation>
    </message>
    <message>
        <source>Add a meal to a delegation&apos;s reception plan.</source>
        <translation>在团组接待方案中增加一次用餐。</translation>
    </message>
    <message>
        <source>when, office time</source>
        <translation>时间（本单位时区）</translation>
    </message>
    <message>
        <source>accompanying staff at the meal</source>
        <translation>陪餐人数</translation>
    </message>
    <message>
        <source>where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>the meal, such as 工作餐</source>
        <translation>用餐名称，如工作餐</translation>
    </message>
    <message>
        <source>the cost in yuan</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>why more staff than the limit attend</source>
        <translation>陪餐人数超过限额的理由</translation>
    </message>
    <message>
        <source>Add a vehicle to a delegation&apos;s reception plan.</source>
        <translation>在团组接待方案中增加一辆车。</translation>
    </message>
    <message>
        <source>the number plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>the driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>passenger seats (default 4)</source>
        <translation>乘客座位数（默认 4）</translation>
    </message>
    <message>
        <source>the programme line it serves</source>
        <translation>所服务的日程编号</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reports of the office&apos;s work.</source>
        <translation>工作报告。</translation>
    </message>
    <message>
        <source>The daily report (接待工作日报) of today or an earlier day.</source>
        <translation>今日或此前某日的接待工作日报。</translation>
    </message>
    <message>
        <source>the day reported (default today)</source>
        <translation>报告日期（默认今日）</translation>
    </message>
    <message>
        <source>The monthly report (接待工作月报) of a month, the last one by default.</source>
        <translation>某月的接待工作月报，默认为上一个月。</translation>
    </message>
    <message>
        <source>the month reported (default the last month)</source>
        <translation>报告的月份（默认为上一个月）</translation>
    </message>
    <message>
        <source>write the report as a PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>write the report as a Word file</source>
        <translation>将报告保存为 Word 文件</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit programme line</source>
        <translation>修改活动安排</translation>
    </message>
    <message>
        <source>Add to the programme</source>
        <translation>添加活动安排</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>结束时间(&amp;E)</translation>
    </message>
    <message>
        <source>Meeting, visit, working meal…</source>
        <translation>座谈、参观、工作餐……</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>活动内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;ccompanied by:</source>
        <translation>陪同人员(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>费用(&amp;O)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
</context>
<context>
    <name>AddReceptionDayDialog</name>
    <message>
        <source>Add a leader reception day</source>
        <translation>添加领导接访日</translation>
    </message>
    <message>
        <source>such as 王建国</source>
        <translation>如：王建国</translation>
    </message>
    <message>
        <source>such as 副市长</source>
        <translation>如：副市长</translation>
    </message>
    <message>
        <source>such as 信访接待大厅一号接待室</source>
        <translation>如：信访接待大厅一号接待室</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>接访领导(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>接访地点(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始时间(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Each slot:</source>
        <translation>每个时段(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>&amp;Open</source>
        <translation>查看(&amp;O)</translation>
    </message>
    <message>
        <source>Open the record this alert is about</source>
        <translation>打开这条提醒所涉及的记录</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>知道了(&amp;G)</translation>
    </message>
    <message>
        <source>Acknowledge this alert in your name: it leaves every desk&apos;s banner</source>
        <translation>以您的名义确认这条提醒：各工作台的提醒栏都不再显示</translation>
    </message>
    <message>
        <source>All alerts…</source>
        <translation>全部提醒…</translation>
    </message>
    <message>
        <source>Every current alert, and who acknowledged which (F9)</source>
        <translation>当前全部提醒，以及各条由谁确认 (F9)</translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>还有 %n 条提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertListDialog</name>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>No alert now.</source>
        <translation>当前没有提醒。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>查看(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>知道了(&amp;G)</translation>
    </message>
</context>
<context>
    <name>AlertModel</name>
    <message>
        <source>{name} at {time}</source>
        <translation>{name}（{time}）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认人</translation>
    </message>
</context>
<context>
    <name>AlertRulesDialog</name>
    <message>
        <source>Alert rules</source>
        <translation>提醒规则</translation>
    </message>
    <message>
        <source>A &amp;joint visit (five people or more) came</source>
        <translation>有集体访（五人及以上）来访(&amp;J)</translation>
    </message>
    <message>
        <source>A &amp;case is due within</source>
        <translation>信访事项距办理期限不足(&amp;C)</translation>
    </message>
    <message>
        <source> days, or overdue</source>
        <translation> 天，或已逾期</translation>
    </message>
    <message>
        <source>A &amp;delegation arrives within</source>
        <translation>接待团组距抵达不足(&amp;D)</translation>
    </message>
    <message>
        <source> minutes with its checklist unfinished</source>
        <translation> 分钟且准备事项未完成</translation>
    </message>
    <message>
        <source>A visitor has &amp;waited more than</source>
        <translation>来访人等候超过(&amp;W)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A &amp;final matter is presented again</source>
        <translation>已终结事项再次信访(&amp;F)</translation>
    </message>
    <message>
        <source>Alerts show in every desk&apos;s banner to the roles that read their area, until someone acknowledges them.</source>
        <translation>提醒显示在各工作台的提醒栏中，仅对可查看相应业务的角色显示，直到有人确认。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AlertTray</name>
    <message>
        <source>Alert: {kind}</source>
        <translation>提醒：{kind}</translation>
    </message>
    <message numerus="yes">
        <source>{alert} (and %n more)</source>
        <translation>
            <numerusform>{alert}（另有 %n 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Joint visit</source>
        <translation>集体访</translation>
    </message>
    <message>
        <source>Case due</source>
        <translation>期限将到</translation>
    </message>
    <message>
        <source>Case overdue</source>
        <translation>办理逾期</translation>
    </message>
    <message>
        <source>Delegation arriving</source>
        <translation>团组抵达提醒</translation>
    </message>
    <message>
        <source>Long wait</source>
        <translation>等候过久</translation>
    </message>
    <message>
        <source>Final matter again</source>
        <translation>终结事项再访</translation>
    </message>
    <message>
        <source>Joint visit: {people} people came about {case} ({category})</source>
        <translation>集体访：{people} 人就 {case} 来访（{category}）</translation>
    </message>
    <message>
        <source>{case} is overdue since {day}: {step}</source>
        <translation>{case} 已逾期（期限 {day}）：{step}</translation>
    </message>
    <message>
        <source>{case} is due today: {step}</source>
        <translation>{case} 今日到期：{step}</translation>
    </message>
    <message>
        <source>{case} is due on {day}, in {days} days: {step}</source>
        <translation>{case} 将于 {day} 到期，还有 {days} 天：{step}</translation>
    </message>
    <message>
        <source>{delegation} arrives at {time} with {open} checklist tasks not done</source>
        <translation>{delegation} 将于 {time} 抵达，尚有 {open} 项准备事项未完成</translation>
    </message>
    <message>
        <source>{delegation} arrived at {time} with {open} checklist tasks not done</source>
        <translation>{delegation} 已于 {time} 抵达，尚有 {open} 项准备事项未完成</translation>
    </message>
    <message>
        <source>Ticket {ticket} ({name}) has waited {minutes} minutes</source>
        <translation>{ticket} 号（{name}）已等候 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Final matter {case} presented again by {name}</source>
        <translation>已终结事项 {case} 再次来访：{name}</translation>
    </message>
</context>
<context>
    <name>AlertsArea</name>
    <message>
        <source>&amp;Alert rules…</source>
        <translation>提醒规则(&amp;A)…</translation>
    </message>
    <message>
        <source>All &amp;alerts…</source>
        <translation>全部提醒(&amp;A)…</translation>
    </message>
    <message>
        <source>Acknowledged: {alert}</source>
        <translation>已确认：{alert}</translation>
    </message>
    <message>
        <source>{name} had acknowledged it already at {time}.</source>
        <translation>{name} 已于 {time} 确认过这条提醒。</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Number {ticket}, please go to counter {counter}</source>
        <translation>请 {ticket} 号到 {counter} 号窗口</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>not placed</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Assign rooms</source>
        <translation>分配客房</translation>
    </message>
    <message>
        <source>Book these rooms</source>
        <translation>按此预订</translation>
    </message>
    <message>
        <source>{arrive} to {depart}: {placed} of {total} guests have a room. F2 or typing changes a room or a reason; Ctrl+Enter books them all.</source>
        <translation>{arrive} 至 {depart}：{total} 位客人中已安排 {placed} 位。按 F2 或直接输入可修改房间或理由；Ctrl+Enter 全部预订。</translation>
    </message>
    <message>
        <source>Every guest of this delegation already has a room.</source>
        <translation>该接待对象的客人均已安排住房。</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <source>shares with {names}</source>
        <translation>与{names}同住</translation>
    </message>
    <message>
        <source>above the standard: a reason is needed</source>
        <translation>超出接待标准，须填写理由</translation>
    </message>
    <message>
        <source>no free room fits</source>
        <translation>没有合适的空房</translation>
    </message>
    <message>
        <source>no free accessible room</source>
        <translation>没有空余的无障碍客房</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
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
    <message>
        <source>Visitor registered</source>
        <translation>登记来访</translation>
    </message>
    <message>
        <source>Slip scanned: checked in</source>
        <translation>扫码签到</translation>
    </message>
    <message>
        <source>Visitor left</source>
        <translation>来访人离开</translation>
    </message>
    <message>
        <source>Visitor&apos;s phone viewed</source>
        <translation>查看来访人电话</translation>
    </message>
    <message>
        <source>Ticket called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Ticket called out of turn</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <source>Ticket called again</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Ticket served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Ticket marked no-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Ticket held</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Ticket transferred</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Room added</source>
        <translation>新增客房</translation>
    </message>
    <message>
        <source>Room changed</source>
        <translation>客房信息修改</translation>
    </message>
    <message>
        <source>Room marked clean</source>
        <translation>客房已清扫</translation>
    </message>
    <message>
        <source>Room to be cleaned</source>
        <translation>客房待清扫</translation>
    </message>
    <message>
        <source>Room out of order</source>
        <translation>客房停用维修</translation>
    </message>
    <message>
        <source>Room back in service</source>
        <translation>客房恢复使用</translation>
    </message>
    <message>
        <source>Stay booked</source>
        <translation>预订住宿</translation>
    </message>
    <message>
        <source>Guest checked in</source>
        <translation>客人入住</translation>
    </message>
    <message>
        <source>Guest checked out</source>
        <translation>客人退房</translation>
    </message>
    <message>
        <source>Stay cancelled</source>
        <translation>住宿取消</translation>
    </message>
    <message>
        <source>Stay&apos;s departure changed</source>
        <translation>离店日期变更</translation>
    </message>
    <message>
        <source>Guest moved to another room</source>
        <translation>客人换房</translation>
    </message>
    <message>
        <source>Stay rescheduled</source>
        <translation>住宿调整</translation>
    </message>
    <message>
        <source>Bed renumbered in a shared room</source>
        <translation>同住房间床位调整</translation>
    </message>
    <message>
        <source>Delegation recorded</source>
        <translation>登记接待对象</translation>
    </message>
    <message>
        <source>Delegation changed</source>
        <translation>接待对象信息修改</translation>
    </message>
    <message>
        <source>Delegation cancelled</source>
        <translation>取消接待</translation>
    </message>
    <message>
        <source>Liaison&apos;s phone viewed</source>
        <translation>查看联络人电话</translation>
    </message>
    <message>
        <source>Guest added</source>
        <translation>添加客人</translation>
    </message>
    <message>
        <source>Guest changed</source>
        <translation>客人信息修改</translation>
    </message>
    <message>
        <source>Guest removed</source>
        <translation>删除客人</translation>
    </message>
    <message>
        <source>Head of delegation changed</source>
        <translation>团长变更</translation>
    </message>
    <message>
        <source>Checklist task added</source>
        <translation>添加准备事项</translation>
    </message>
    <message>
        <source>Checklist task changed</source>
        <translation>准备事项修改</translation>
    </message>
    <message>
        <source>Checklist task done</source>
        <translation>准备事项完成</translation>
    </message>
    <message>
        <source>Checklist task reopened</source>
        <translation>准备事项重新打开</translation>
    </message>
    <message>
        <source>Checklist task removed</source>
        <translation>删除准备事项</translation>
    </message>
    <message>
        <source>Programme item added</source>
        <translation>添加活动安排</translation>
    </message>
    <message>
        <source>Programme item changed</source>
        <translation>活动安排修改</translation>
    </message>
    <message>
        <source>Programme item removed</source>
        <translation>删除活动安排</translation>
    </message>
    <message>
        <source>List exported to Excel</source>
        <translation>列表导出为 Excel</translation>
    </message>
    <message>
        <source>Liaison&apos;s phone printed on a room card</source>
        <translation>房卡打印联络人电话</translation>
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
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Check-in of visit</source>
        <translation>来访签到</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号票</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>客房</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>住宿</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>接待对象</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Checklist task</source>
        <translation>接待准备事项</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>活动安排</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
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
    <name>BoardWindow</name>
    <message>
        <source>Queue board</source>
        <translation>叫号显示屏</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <source>Please wait for your number to be called</source>
        <translation>请留意叫号，耐心等候</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>Service hall</source>
        <translation>服务大厅</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Counter {number}</source>
        <translation>{number}号窗口</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>等候 {count} 人</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>无人等候</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>约 {minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>BookCaseDialog</name>
    <message>
        <source>Book a case</source>
        <translation>预约接访</translation>
    </message>
    <message>
        <source>{leader}&apos;s reception on {day}, {hours}</source>
        <translation>{leader}接访：{day} {hours}</translation>
    </message>
    <message>
        <source>such as XF2026-000123</source>
        <translation>如：XF2026-000123</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>信访事项编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>预约(&amp;B)</translation>
    </message>
    <message>
        <source>No case has this number.</source>
        <translation>没有此编号的信访事项。</translation>
    </message>
    <message>
        <source>{petitioners} · {category} · {state}</source>
        <translation>{petitioners} · {category} · {state}</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>There is no case numbered {case_no}.</source>
        <translation>没有编号为 {case_no} 的信访事项。</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Book room {number}</source>
        <translation>预订 {number} 房</translation>
    </message>
    <message>
        <source>{name} · {arrive}–{depart}</source>
        <translation>{name} · {arrive}–{depart}</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>接待团组(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>抵达(&amp;A)：</translation>
    </message>
    <message>
        <source>De&amp;parture:</source>
        <translation>离店(&amp;P)：</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>&amp;Guest without a room for these nights:</source>
        <translation>这几晚尚未安排房间的客人(&amp;G)：</translation>
    </message>
    <message>
        <source>No delegation is expected around {day}.</source>
        <translation>{day} 前后没有预计抵达的团组。</translation>
    </message>
    <message>
        <source>Every guest of this delegation has a room for these nights.</source>
        <translation>该团组客人这几晚均已安排房间。</translation>
    </message>
    <message>
        <source>{count} guest(s) of this delegation already have a room.</source>
        <translation>该团组已有 {count} 位客人安排了房间。</translation>
    </message>
    <message>
        <source>Choose the guest to book.</source>
        <translation>请选择要预订的客人。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a leader reception day · {case}</source>
        <translation>预约领导接访日 · {case}</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>预约(&amp;B)</translation>
    </message>
    <message>
        <source>Choose a free slot for the petitioner.</source>
        <translation>请为信访人选择一个空闲时段。</translation>
    </message>
    <message>
        <source>No free slot in the next {days} days. Leader reception days are added on the Leader reception days page.</source>
        <translation>今后 {days} 天内没有空闲时段。领导接访日在“领导接访日”页面添加。</translation>
    </message>
</context>
<context>
    <name>CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Public holidays (days off)</source>
        <translation>法定节假日（放假）</translation>
    </message>
    <message>
        <source>Adjusted working days (调休: a Saturday or Sunday worked)</source>
        <translation>调休上班日（周六或周日上班）</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <source>Only the administrator can change the calendar.</source>
        <translation>只有管理员可以修改工作日历。</translation>
    </message>
    <message>
        <source>{year} was entered by the office.</source>
        <translation>{year}年由本单位录入。</translation>
    </message>
    <message>
        <source>{year} comes from the chinesecalendar package (the State Council&apos;s announcement).</source>
        <translation>{year}年取自 chinesecalendar 软件包（依据国务院办公厅通知）。</translation>
    </message>
    <message>
        <source>{year} is not in the calendar yet: only Saturdays and Sundays count as days off.</source>
        <translation>{year}年尚未录入日历：目前仅将周六、周日计为休息日。</translation>
    </message>
    <message>
        <source>The calendar has no holidays for {years} yet. Enter them once the State Council announces them (usually in the autumn); until then the deadlines count only Saturdays and Sundays as days off.</source>
        <translation>工作日历中尚无{years}年的节假日安排。国务院办公厅公布后（通常在秋季）请及时录入；在此之前，办理期限仅将周六、周日计为休息日。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Save or undo the changes to {year} before choosing another year.</source>
        <translation>请先保存或撤销对{year}年的修改，再选择其他年份。</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>{year} saved: {holidays} holidays and {workdays} adjusted working days. The deadlines of open cases follow the new calendar.</source>
        <translation>{year}年已保存：节假日{holidays}天，调休上班日{workdays}天。未办结信访事项的期限已按新日历重新计算。</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <source>Scan a slip with the camera</source>
        <translation>用摄像头扫描凭条</translation>
    </message>
    <message>
        <source>Hold the slip&apos;s QR code in front of the camera.</source>
        <translation>请将凭条上的二维码对准摄像头。</translation>
    </message>
    <message>
        <source>The camera cannot be used: {problem}</source>
        <translation>摄像头无法使用：{problem}</translation>
    </message>
    <message>
        <source>Slip read.</source>
        <translation>已读取凭条。</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>{action}: done for {case}.</source>
        <translation>{case}：已{action}。</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Extend the handling of {case} by {days} days? The petitioner is told why.</source>
        <translation>将 {case} 的办理期限延长 {days} 天？延期理由将告知信访人。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>The extension of {case} was approved.</source>
        <translation>{case} 的延期已批准。</translation>
    </message>
    <message>
        <source>{case} is booked for {leader} on {day}.</source>
        <translation>{case} 已预约 {day} 由{leader}接待。</translation>
    </message>
    <message>
        <source>The conversation was logged.</source>
        <translation>接谈记录已保存。</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>{pages} pages were printed.</source>
        <translation>已打印 {pages} 页。</translation>
    </message>
    <message>
        <source>Add a file to {case}</source>
        <translation>为 {case} 添加材料</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>将 {name} 另存为</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>{what}: by {day} {left}</source>
        <translation>{what}：{day} 前 {left}</translation>
    </message>
    <message>
        <source>{form}, received {day}</source>
        <translation>{form}，{day} 收到</translation>
    </message>
    <message>
        <source>Unit concerned: {unit}</source>
        <translation>涉及单位：{unit}</translation>
    </message>
    <message>
        <source>Assigned to: {unit}</source>
        <translation>承办单位：{unit}</translation>
    </message>
    <message>
        <source>{names} · {count} people</source>
        <translation>{names} · 共 {count} 人</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>经办人：{name}</translation>
    </message>
    <message>
        <source>No deadline runs now.</source>
        <translation>当前没有正在计算的期限。</translation>
    </message>
    <message>
        <source>An extension of {days} days waits for the director.</source>
        <translation>延期 {days} 天的申请待主任审批。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复意见</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Petitioners</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>{urgency}: {what} by {day}</source>
        <translation>{urgency}：{day} 前{what}</translation>
    </message>
    <message>
        <source>Received {day} · {form}</source>
        <translation>{day} 收到 · {form}</translation>
    </message>
    <message>
        <source>Unit concerned: {unit}</source>
        <translation>涉及单位：{unit}</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Choose a case on the left, or press Ctrl+Shift+N to register one.</source>
        <translation>请在左侧选择信访事项，或按 Ctrl+Shift+N 登记新事项。</translation>
    </message>
    <message>
        <source>Your role sees this case without the petitioners&apos; details: names are masked and the record stays closed.</source>
        <translation>您的角色不能查看信访人个人信息：姓名已脱敏，案卷不予打开。</translation>
    </message>
    <message>
        <source>&amp;Log a conversation…</source>
        <translation>记录接谈(&amp;L)…</translation>
    </message>
    <message>
        <source>Add a &amp;file…</source>
        <translation>添加材料(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Petitioners</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>接谈记录</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>Ask for an extension…</source>
        <translation>申请延期…</translation>
    </message>
    <message>
        <source>Approve the extension ({days} days)…</source>
        <translation>批准延期（{days} 天）…</translation>
    </message>
    <message>
        <source>Refuse the extension…</source>
        <translation>不批准延期…</translation>
    </message>
    <message>
        <source>Escalate to a leader…</source>
        <translation>呈报领导…</translation>
    </message>
    <message>
        <source>Book a leader day…</source>
        <translation>预约领导接访日…</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Print the {notice}…</source>
        <translation>打印{notice}…</translation>
    </message>
    <message>
        <source>Save the {notice} as PDF…</source>
        <translation>将{notice}保存为 PDF…</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Find: case number, or a petitioner&apos;s name, pinyin or initials</source>
        <translation>查找：编号，或信访人姓名、拼音、首字母</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>已逾期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due within</source>
        <translation>到期在(&amp;D)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>&amp;Closed too</source>
        <translation>含已办结(&amp;C)</translation>
    </message>
    <message>
        <source>Show the cases not accepted, closed and final as well</source>
        <translation>同时显示不予受理、已办结和已终结的事项</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>显示全部事项</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>Only the cases received on {day}</source>
        <translation>仅显示 {day} 登记的事项</translation>
    </message>
    <message>
        <source>Only the cases with a joint visit on {day}</source>
        <translation>仅显示 {day} 有集体访的事项</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>登记新事项(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a matter received (Ctrl+Shift+N)</source>
        <translation>登记收到的信访事项（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>共 {count} 件</translation>
    </message>
    <message>
        <source>{case} was registered. Decide on its acceptance by {day}.</source>
        <translation>{case} 已登记，请于 {day} 前作出是否受理的决定。</translation>
    </message>
    <message>
        <source>A repeat visit of {case} was recorded.</source>
        <translation>已记录 {case} 的重复访。</translation>
    </message>
    <message>
        <source>Final matter</source>
        <translation>已终结事项</translation>
    </message>
    <message>
        <source>{case}: {notice}</source>
        <translation>{case}：{notice}</translation>
    </message>
</context>
<context>
    <name>CategoryCountModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>ChartEditor</name>
    <message>
        <source>Seating chart</source>
        <translation>座次图</translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <source>Swapped: {reason}</source>
        <translation>已调换：{reason}</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>主席台</translation>
    </message>
    <message>
        <source>↓ Audience ↓</source>
        <translation>↓ 台下 ↓</translation>
    </message>
    <message>
        <source>↓ Camera ↓</source>
        <translation>↓ 摄影位 ↓</translation>
    </message>
    <message>
        <source>Main table</source>
        <translation>主桌</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>{number} 号桌</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>门</translation>
    </message>
    <message>
        <source>Guest side</source>
        <translation>客方</translation>
    </message>
    <message>
        <source>Host side</source>
        <translation>主方</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>车头</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
</context>
<context>
    <name>ChartStaysModel</name>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>接待团组</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离店日期</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ChecklistDefaultsModel</name>
    <message>
        <source>Task</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Hours before arrival</source>
        <translation>抵达前（小时）</translation>
    </message>
</context>
<context>
    <name>ChecklistItemDialog</name>
    <message>
        <source>Edit task</source>
        <translation>修改准备事项</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>添加准备事项</translation>
    </message>
    <message>
        <source>Flowers in the rooms, name cards…</source>
        <translation>房间摆放鲜花、准备桌签……</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>事项(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>完成时限(&amp;D)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
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
        <source>the working-day calendar has no holidays for {years}: enter them</source>
        <translation>工作日历缺少 {years} 年的节假日安排，请录入</translation>
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
        <source>double bookings refused by the database</source>
        <translation>数据库拒绝重复订房</translation>
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
        <source>warning: </source>
        <translation>提醒：</translation>
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
    <message>
        <source>Ticket {ticket} for the appointment at {time}.</source>
        <translation>预约号 {ticket}，预约时间 {time}。</translation>
    </message>
    <message>
        <source>Ticket {ticket}: {ahead} people ahead, about {minutes} minutes&apos; wait.</source>
        <translation>排队号 {ticket}：前面还有 {ahead} 人，预计等候约 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>Slip token: {token}</source>
        <translation>凭条令牌：{token}</translation>
    </message>
    <message>
        <source>Slip written to {path}.</source>
        <translation>凭条已保存到 {path}。</translation>
    </message>
    <message>
        <source>Checked in: {name}, ticket {ticket}, visiting {host}.</source>
        <translation>已签到：{name}，{ticket} 号，拜访{host}。</translation>
    </message>
    <message>
        <source>Checked in: {name}, ticket {ticket}.</source>
        <translation>已签到：{name}，{ticket} 号。</translation>
    </message>
    <message>
        <source>Signed out: {name}, ticket {ticket}, at {time}.</source>
        <translation>已登记离开：{name}，{ticket} 号，{time} 离开。</translation>
    </message>
    <message>
        <source>{name} (ticket {ticket}) already checked in at {time}; nothing changed.</source>
        <translation>{name}（{ticket} 号）已于 {time} 签到，未作更改。</translation>
    </message>
    <message>
        <source>{name} (ticket {ticket}) already left at {time}; nothing changed.</source>
        <translation>{name}（{ticket} 号）已于 {time} 离开，未作更改。</translation>
    </message>
    <message>
        <source>{name} (ticket {ticket}) has not checked in yet; nobody was signed out.</source>
        <translation>{name}（{ticket} 号）尚未签到，未作签离。</translation>
    </message>
    <message>
        <source>The slip of ticket {ticket} ({name}) has expired: it was valid on its day.</source>
        <translation>{ticket} 号（{name}）的凭条已过期：仅当日有效。</translation>
    </message>
    <message>
        <source>The slip has expired.</source>
        <translation>凭条已过期。</translation>
    </message>
    <message>
        <source>The slip of ticket {ticket} ({name}) is for another day: {time}.</source>
        <translation>{ticket} 号（{name}）的凭条不是今天的：{time}。</translation>
    </message>
    <message>
        <source>Not a slip of this office: unknown, altered or forged. Nothing was changed.</source>
        <translation>不是本单位的凭条：来历不明、被改动或伪造。未作更改。</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter {counter}.</source>
        <translation>{counter} 号窗口无人等候。</translation>
    </message>
    <message>
        <source>Ticket {ticket} to counter {counter}: {name}.</source>
        <translation>请 {ticket} 号到 {counter} 号窗口：{name}。</translation>
    </message>
    <message>
        <source>Ticket {ticket} called again to counter {counter} (recall {recalls}).</source>
        <translation>再次请 {ticket} 号到 {counter} 号窗口（第 {recalls} 次重呼）。</translation>
    </message>
    <message>
        <source>Ticket {ticket} served at counter {counter}.</source>
        <translation>{ticket} 号已在 {counter} 号窗口办结。</translation>
    </message>
    <message>
        <source>Ticket {ticket} did not come: marked as a no-show.</source>
        <translation>{ticket} 号未到，已记为过号。</translation>
    </message>
    <message>
        <source>Ticket {ticket} set aside at counter {counter}.</source>
        <translation>{ticket} 号已在 {counter} 号窗口暂挂。</translation>
    </message>
    <message>
        <source>The queue on {day}:</source>
        <translation>{day} 的排队情况：</translation>
    </message>
    <message>
        <source>{series} {service}: {waiting} waiting, longest wait {longest} min, estimated wait {estimate} min ({average} min per visitor).</source>
        <translation>{series} {service}：{waiting} 人等候，最长已等 {longest} 分钟，预计等候 {estimate} 分钟（每人约 {average} 分钟）。</translation>
    </message>
    <message>
        <source>No counter is calling a ticket now.</source>
        <translation>目前没有窗口在叫号。</translation>
    </message>
    <message>
        <source>{counter}: ticket {ticket}, called at {time}.</source>
        <translation>{counter}：{ticket} 号，{time} 叫号。</translation>
    </message>
    <message>
        <source>{count} visits on site, {people} people.</source>
        <translation>在场来访 {count} 批，共 {people} 人。</translation>
    </message>
    <message>
        <source>Roll call written to {path}.</source>
        <translation>在场名单已保存到 {path}。</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>quiet side</source>
        <translation>安静一侧</translation>
    </message>
    <message>
        <source>near the lift</source>
        <translation>靠近电梯</translation>
    </message>
    <message>
        <source>out of order: {reason}</source>
        <translation>停用：{reason}</translation>
    </message>
    <message>
        <source>beds: {beds}</source>
        <translation>床位 {beds} 张</translation>
    </message>
    <message>
        <source>beds free: {free} of {beds}</source>
        <translation>空床 {free}/{beds} 张</translation>
    </message>
    <message>
        <source>{rate} yuan</source>
        <translation>{rate} 元</translation>
    </message>
    <message>
        <source>Room {number} added: building {building}, floor {floor}.</source>
        <translation>已添加客房 {number}：{building} 号楼 {floor} 层。</translation>
    </message>
    <message>
        <source>{count} rooms.</source>
        <translation>共 {count} 间客房。</translation>
    </message>
    <message>
        <source>{count} rooms free from {start} to {end}.</source>
        <translation>{start} 至 {end} 有 {count} 间客房空闲。</translation>
    </message>
    <message>
        <source>Delegation {id} recorded: {name}, {arrive} to {depart}, letter {letter}.</source>
        <translation>已登记接待对象 {id}：{name}，{arrive} 至 {depart}，公函 {letter}。</translation>
    </message>
    <message>
        <source>Guest {id} added to delegation {delegation}: {name}, {rank}.</source>
        <translation>已为接待对象 {delegation} 添加客人 {id}：{name}，{rank}。</translation>
    </message>
    <message>
        <source>Stay {stay} booked: {guest} in room {room} (building {building}, bed {bed}) from {arrive} to {depart}, {nights} nights.</source>
        <translation>已预订住宿 {stay}：{guest} 入住 {room} 房（{building} 号楼，{bed} 号床），{arrive} 至 {depart}，共 {nights} 晚。</translation>
    </message>
    <message>
        <source>Above the reception standard, because: {reason}</source>
        <translation>高于接待标准，理由：{reason}</translation>
    </message>
    <message>
        <source>halal meals</source>
        <translation>清真餐</translation>
    </message>
    <message>
        <source>vegetarian meals</source>
        <translation>素食</translation>
    </message>
    <message>
        <source>allergies: {what}</source>
        <translation>过敏：{what}</translation>
    </message>
    <message>
        <source>needs an accessible room</source>
        <translation>需要无障碍客房</translation>
    </message>
    <message>
        <source>Mind: {needs}.</source>
        <translation>请注意：{needs}。</translation>
    </message>
    <message>
        <source>Stay {stay}: {guest} checked in to room {room}, until {depart}.</source>
        <translation>住宿 {stay}：{guest} 已入住 {room} 房，住至 {depart}。</translation>
    </message>
    <message>
        <source>Stay {stay}: {guest} checked out of room {room}; the room is to be cleaned.</source>
        <translation>住宿 {stay}：{guest} 已从 {room} 房退房，该房待清扫。</translation>
    </message>
    <message>
        <source>Stay {stay} cancelled: room {room} is free from {arrive} to {depart}.</source>
        <translation>住宿 {stay} 已取消：{room} 房 {arrive} 至 {depart} 空出。</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>第 {row} 行，“{column}”列：{reason}</translation>
    </message>
    <message>
        <source>{count} guests imported into delegation {delegation}.</source>
        <translation>已向接待对象 {delegation} 导入 {count} 位客人。</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation>{option}：{reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {problems}.</source>
        <translation>未保存任何内容：{problems}。</translation>
    </message>
    <message>
        <source>Case {case_no} registered: received {received}, decide on acceptance by {due}.</source>
        <translation>信访事项 {case_no} 已登记：{received} 收到，应于 {due} 前决定是否受理。</translation>
    </message>
    <message>
        <source>The 60-day handling period starts when the case is accepted.</source>
        <translation>60 日办理期限自受理之日起计算。</translation>
    </message>
    <message>
        <source>A joint visit of {people} people.</source>
        <translation>集体访，共 {people} 人。</translation>
    </message>
    <message>
        <source>No earlier case of this person.</source>
        <translation>该信访人以往没有信访事项。</translation>
    </message>
    <message>
        <source>It repeats earlier cases of this person:</source>
        <translation>属重复访，该信访人以往的信访事项：</translation>
    </message>
    <message>
        <source>final: not accepted again on the same facts and reasons</source>
        <translation>已终结：以同一事实和理由提出的不再受理</translation>
    </message>
    <message>
        <source>{kind} by {due}: overdue by {days} days</source>
        <translation>{due} 前{kind}：已超期 {days} 天</translation>
    </message>
    <message>
        <source>{kind} by {due}: due today</source>
        <translation>{due} 前{kind}：今天到期</translation>
    </message>
    <message>
        <source>{kind} by {due}: {days} days left</source>
        <translation>{due} 前{kind}：还剩 {days} 天</translation>
    </message>
    <message>
        <source>{count} cases.</source>
        <translation>共 {count} 件信访事项。</translation>
    </message>
    <message>
        <source>Case {case_no}, received {received}: {state}.</source>
        <translation>信访事项 {case_no}，{received} 收到：{state}。</translation>
    </message>
    <message>
        <source>Case {case_no}: {step}, now {state}.</source>
        <translation>信访事项 {case_no}：{step}，当前状态为{state}。</translation>
    </message>
    <message>
        <source>Next: {kind} by {due}.</source>
        <translation>下一步：{due} 前{kind}。</translation>
    </message>
    <message>
        <source>{check}: within the limit.</source>
        <translation>{check}：未超过限额。</translation>
    </message>
    <message>
        <source>{check}: above the limit.</source>
        <translation>{check}：超过限额。</translation>
    </message>
    <message>
        <source>{title} ({kind}): {viewpoint}.</source>
        <translation>{title}（{kind}）：{viewpoint}。</translation>
    </message>
    <message>
        <source>The chart has not been computed yet.</source>
        <translation>座次尚未排定。</translation>
    </message>
    <message>
        <source>Seating chart written to {path}.</source>
        <translation>座次图已写入 {path}。</translation>
    </message>
    <message>
        <source>{count} name cards written to {path}.</source>
        <translation>{count} 张桌签已写入 {path}。</translation>
    </message>
    <message>
        <source>{name} ({letter}): {guests} guests, {items} programme lines, {meals} meals, {vehicles} vehicles, {charts} seating charts.</source>
        <translation>{name}（{letter}）：客人 {guests} 人，日程 {items} 项，用餐 {meals} 次，车辆 {vehicles} 辆，座次图 {charts} 张。</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>Reception plan written to {path}.</source>
        <translation>接待方案已写入 {path}。</translation>
    </message>
    <message>
        <source>Meal {id} added: {guests} guests, {staff} accompanying staff (at most {limit}).</source>
        <translation>已增加用餐 {id}：客人 {guests} 人，陪同人员 {staff} 人（至多 {limit} 人）。</translation>
    </message>
    <message>
        <source>Vehicle {id} added: {plate}.</source>
        <translation>已增加车辆 {id}：{plate}。</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>Dashboard for {day}, at {time} office time</source>
        <translation>{day} 总览（办公地时间 {time}）</translation>
    </message>
    <message>
        <source>Your role reads none of the dashboard&apos;s areas.</source>
        <translation>您的角色无权查看总览中的任何板块。</translation>
    </message>
    <message>
        <source>Queue: {visitors} visitors today, {onsite} on site now ({people} people), {waiting} waiting, {expected} appointments still expected.</source>
        <translation>排队：今日来访 {visitors} 批，当前在场 {onsite} 批（{people} 人），等候 {waiting} 人，尚有 {expected} 个预约未到。</translation>
    </message>
    <message>
        <source>{waiting} waiting, longest {longest}; average wait today {average}</source>
        <translation>等候 {waiting} 人，最长已等 {longest}；今日平均等候 {average}</translation>
    </message>
    <message>
        <source>Lodging: {occupied} of {total} rooms occupied tonight ({repair} out of order), {arrivals} arrivals and {departures} departures today, {delegations} delegations in house, {overdue} checklist tasks overdue.</source>
        <translation>住宿：今晚 {total} 间客房中已住 {occupied} 间（{repair} 间停用维修），今日入住 {arrivals} 人、离店 {departures} 人，在住接待团组 {delegations} 个，逾期准备事项 {overdue} 项。</translation>
    </message>
    <message>
        <source>Petitions: {new} new today, {soon} due within {days} days, {overdue} overdue, {joint} joint visits today.</source>
        <translation>信访：今日新登记 {new} 件，{days} 天内到期 {soon} 件，已逾期 {overdue} 件，今日集体访 {joint} 批。</translation>
    </message>
    <message>
        <source>No leader reception day is planned.</source>
        <translation>尚未安排领导接访日。</translation>
    </message>
    <message>
        <source>Next leader reception day: {day}, {booked} of {slots} slots booked.</source>
        <translation>下一个领导接访日：{day}，{slots} 个时段已预约 {booked} 个。</translation>
    </message>
    <message>
        <source>Daily report written to {path}.</source>
        <translation>日报已写入 {path}。</translation>
    </message>
    <message>
        <source>Monthly report written to {path}.</source>
        <translation>月报已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Conversation · {case}</source>
        <translation>接谈记录 · {case}</translation>
    </message>
    <message>
        <source>What the person said, and what was explained</source>
        <translation>来访人所述内容及向其解释的情况</translation>
    </message>
    <message>
        <source>What the office promised, if anything</source>
        <translation>如有承诺，写明承诺事项</translation>
    </message>
    <message>
        <source>(no particular visit)</source>
        <translation>（不对应某次来访）</translation>
    </message>
    <message>
        <source>{day} · {form}</source>
        <translation>{day} · {form}</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>来访(&amp;V)：</translation>
    </message>
    <message>
        <source>What was &amp;said:</source>
        <translation>接谈内容(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Demands:</source>
        <translation>诉求(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Promises made:</source>
        <translation>承诺事项(&amp;P)：</translation>
    </message>
    <message>
        <source>The person&apos;s s&amp;tate:</source>
        <translation>来访人情绪(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>下一步(&amp;N)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接谈人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>接谈内容</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}：{text}</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Type a ticket number such as A023 and press Enter ({key})</source>
        <translation>输入票号（如 A023）后按回车（{key}）</translation>
    </message>
    <message>
        <source>Undo ({key})</source>
        <translation>撤销（{key}）</translation>
    </message>
    <message>
        <source>Choose this desk&apos;s counter</source>
        <translation>请选择本台的窗口</translation>
    </message>
    <message>
        <source>{name} · {series}</source>
        <translation>{name} · {series}</translation>
    </message>
    <message>
        <source>Choose this desk&apos;s counter above.</source>
        <translation>请先在上方选择本台的窗口。</translation>
    </message>
    <message>
        <source>No ticket is called. Press F2 for the next.</source>
        <translation>当前未叫号。按 F2 叫下一位。</translation>
    </message>
    <message>
        <source>{recalls} (no-show after {needed})</source>
        <translation>{recalls} 次（满 {needed} 次可过号）</translation>
    </message>
    <message>
        <source>Waiting for this counter ({count})</source>
        <translation>本窗口等候（{count}）</translation>
    </message>
    <message>
        <source>Held ({count})</source>
        <translation>暂挂（{count}）</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>无人等候</translation>
    </message>
    <message>
        <source>{count} waiting · about {minutes} min to wait</source>
        <translation>{count} 人等候 · 预计等候约 {minutes} 分钟</translation>
    </message>
    <message>
        <source>No ticket is called now.</source>
        <translation>当前未叫号。</translation>
    </message>
    <message>
        <source>Recall {ticket} {count} more time(s) before marking a no-show.</source>
        <translation>还需重呼 {ticket} {count} 次才能过号。</translation>
    </message>
    <message>
        <source>Mark {ticket} as a no-show: the visitor did not come.</source>
        <translation>将 {ticket} 记为过号：来访人未到。</translation>
    </message>
    <message>
        <source>Choose this desk&apos;s counter first.</source>
        <translation>请先选择本台的窗口。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口无人等候。</translation>
    </message>
    <message>
        <source>Called {ticket}.</source>
        <translation>已呼叫 {ticket}。</translation>
    </message>
    <message>
        <source>Called {ticket} again ({recalls}).</source>
        <translation>已重呼 {ticket}（第 {recalls} 次）。</translation>
    </message>
    <message>
        <source>{ticket} served.</source>
        <translation>{ticket} 已办结。</translation>
    </message>
    <message>
        <source>{ticket} marked as a no-show.</source>
        <translation>{ticket} 已记为过号。</translation>
    </message>
    <message>
        <source>{ticket} is held; call it back from the held list.</source>
        <translation>{ticket} 已暂挂，可在暂挂列表中叫回。</translation>
    </message>
    <message>
        <source>Type the ticket number, such as A023.</source>
        <translation>请输入票号，如 A023。</translation>
    </message>
    <message>
        <source>{ticket} is called back.</source>
        <translation>已叫回 {ticket}。</translation>
    </message>
    <message>
        <source>{ticket} sent to service {series}.</source>
        <translation>{ticket} 已转至 {series} 类业务。</translation>
    </message>
    <message>
        <source>{ticket} sent to counter {number}.</source>
        <translation>{ticket} 已转至 {number} 号窗口。</translation>
    </message>
    <message>
        <source>This desk&apos;s counter could not be saved: {reason}</source>
        <translation>本台的窗口设置未能保存：{reason}</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>窗口(&amp;C)：</translation>
    </message>
    <message>
        <source>Your role may look at the queue but not call tickets.</source>
        <translation>您的角色可以查看排队情况，但不能叫号。</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>拜访对象：</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先类别：</translation>
    </message>
    <message>
        <source>Called at:</source>
        <translation>叫号时间：</translation>
    </message>
    <message>
        <source>Recalls:</source>
        <translation>重呼次数：</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>叫下一位</translation>
    </message>
    <message>
        <source>Call the first ticket in this counter’s queue; the one called now counts as served</source>
        <translation>呼叫本窗口队列中的第一位；当前号码视为已办结</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Call the current ticket again</source>
        <translation>再次呼叫当前号码</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>The current visitor has been served</source>
        <translation>当前来访人已办理完毕</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂挂</translation>
    </message>
    <message>
        <source>Set the current ticket aside; call it back later from the held list</source>
        <translation>将当前号码暂挂，稍后从暂挂列表中叫回</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>转移…</translation>
    </message>
    <message>
        <source>Send the current ticket to another service or counter</source>
        <translation>将当前号码转到其他业务或窗口</translation>
    </message>
    <message>
        <source>Call &amp;given ticket:</source>
        <translation>指定叫号(&amp;G)：</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Waiting for this counter</source>
        <translation>本窗口等候</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暂挂</translation>
    </message>
    <message>
        <source>Call &amp;back</source>
        <translation>叫回(&amp;B)</translation>
    </message>
    <message>
        <source>Call the selected held ticket back to this counter (double-click or Enter)</source>
        <translation>将选中的暂挂号码叫回本窗口（双击或按回车）</translation>
    </message>
</context>
<context>
    <name>CounterTableModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Series served</source>
        <translation>办理的业务序列</translation>
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
    <name>DashboardCharts</name>
    <message>
        <source>Arrivals per hour today</source>
        <translation>今日各时段到访人数</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Same weekday, mean of the last 4 weeks</source>
        <translation>前四周同日均值</translation>
    </message>
    <message>
        <source>Mean wait through the day (minutes)</source>
        <translation>各时段平均等候（分钟）</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Rooms held, next 14 nights</source>
        <translation>未来 14 晚客房占用</translation>
    </message>
    <message>
        <source>Rooms held</source>
        <translation>占用客房</translation>
    </message>
    <message>
        <source>Cases by category this month</source>
        <translation>本月信访事项分类</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未分类）</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Visitors</source>
        <translation>来访接待</translation>
    </message>
    <message>
        <source>Visitors today</source>
        <translation>今日来访</translation>
    </message>
    <message>
        <source>On site now</source>
        <translation>现场人员</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>正在等候</translation>
    </message>
    <message>
        <source>Guesthouse</source>
        <translation>宾馆住宿</translation>
    </message>
    <message>
        <source>Rooms taken tonight</source>
        <translation>今晚入住客房</translation>
    </message>
    <message>
        <source>Arriving today</source>
        <translation>今日抵达</translation>
    </message>
    <message>
        <source>Leaving today</source>
        <translation>今日离店</translation>
    </message>
    <message>
        <source>Delegations in house</source>
        <translation>在住接待对象</translation>
    </message>
    <message>
        <source>Overdue preparations</source>
        <translation>逾期准备事项</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>New cases today</source>
        <translation>今日新增</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Joint visits today</source>
        <translation>今日集体访</translation>
    </message>
    <message>
        <source>Next leader reception day</source>
        <translation>下一领导接访日</translation>
    </message>
    <message>
        <source>The figures could not be read: {error}</source>
        <translation>数据未能读取：{error}</translation>
    </message>
    <message>
        <source>{count} appointments still expected</source>
        <translation>另有 {count} 位预约未到</translation>
    </message>
    <message>
        <source>{people} people in all</source>
        <translation>共 {people} 人</translation>
    </message>
    <message>
        <source>Longest wait {minutes} min</source>
        <translation>最长已等 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{rooms} under repair</source>
        <translation>{rooms} 间维修中</translation>
    </message>
    <message>
        <source>Within {days} days</source>
        <translation>{days} 日内到期</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>暂无安排</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <source>{when}: bookings of the slots</source>
        <translation>{when}：已预约/号源</translation>
    </message>
</context>
<context>
    <name>DayLists</name>
    <message>
        <source>Arrivals and departures</source>
        <translation>抵离店名单</translation>
    </message>
    <message>
        <source>{office} arrivals and departures {day}</source>
        <translation>{office} 抵离店名单 {day}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>抵店</translation>
    </message>
    <message>
        <source>Departing</source>
        <translation>离店</translation>
    </message>
    <message>
        <source>{count} guests</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>Arrivals ({count})</source>
        <translation>抵店 {count} 人</translation>
    </message>
    <message>
        <source>Departures ({count})</source>
        <translation>离店 {count} 人</translation>
    </message>
    <message>
        <source>Nobody arrives on this day.</source>
        <translation>当日无抵店客人。</translation>
    </message>
    <message>
        <source>Nobody departs on this day.</source>
        <translation>当日无离店客人。</translation>
    </message>
    <message>
        <source>{date} ({nights} nights)</source>
        <translation>{date}（{nights}晚）</translation>
    </message>
    <message>
        <source>Internal document · keep confidential</source>
        <translation>内部资料 · 注意保密</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>团组</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>离店日期</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>特别需求</translation>
    </message>
</context>
<context>
    <name>DaysBox</name>
    <message>
        <source>A&amp;dd day</source>
        <translation>添加日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>From &amp;text…</source>
        <translation>从文本添加(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Edit delegation</source>
        <translation>修改接待对象</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>新增接待对象</translation>
    </message>
    <message>
        <source>Required: no inviting letter, no reception</source>
        <translation>必填：无公函不接待</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the number on file; the viewing is recorded.</source>
        <translation>显示已登记的号码；查看将被记录。</translation>
    </message>
    <message>
        <source>&amp;Name of the delegation:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Visiting &amp;unit:</source>
        <translation>来访单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>来访事由(&amp;P)：</translation>
    </message>
    <message>
        <source>Inviting &amp;letter (公函):</source>
        <translation>公函文号(&amp;L)：</translation>
    </message>
    <message>
        <source>Liaison&apos;s na&amp;me:</source>
        <translation>联络人(&amp;M)：</translation>
    </message>
    <message>
        <source>Liaison&apos;s p&amp;hone:</source>
        <translation>联络人电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>On file: {phone}; type a number only to change it</source>
        <translation>已登记：{phone}；如需更改请输入新号码</translation>
    </message>
    <message>
        <source>{nights} nights</source>
        <translation>{nights} 晚</translation>
    </message>
</context>
<context>
    <name>DelegationModel</name>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>接待对象</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>来访单位</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>准备事项</translation>
    </message>
    <message>
        <source>Letter: {letter}</source>
        <translation>公函：{letter}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{name} (cancelled)</source>
        <translation>{name}（已取消）</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue</source>
        <translation>{open} 项未完成，{overdue} 项逾期</translation>
    </message>
    <message>
        <source>{open} open</source>
        <translation>{open} 项未完成</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <source>&amp;New delegation…</source>
        <translation>新增接待对象(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Assign &amp;rooms…</source>
        <translation>分配客房(&amp;R)…</translation>
    </message>
    <message>
        <source>Show &amp;phone</source>
        <translation>显示电话(&amp;P)</translation>
    </message>
    <message>
        <source>Print reception &amp;list…</source>
        <translation>打印接待清单(&amp;L)…</translation>
    </message>
    <message>
        <source>Cancel delegation…</source>
        <translation>取消接待…</translation>
    </message>
    <message>
        <source>Add &amp;guest…</source>
        <translation>添加客人(&amp;G)…</translation>
    </message>
    <message>
        <source>Edit guest…</source>
        <translation>修改客人…</translation>
    </message>
    <message>
        <source>Edit guest (F2 or Enter in the list)</source>
        <translation>修改客人（在列表中按 F2 或回车）</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>删除客人</translation>
    </message>
    <message>
        <source>Remove guest (Delete in the list)</source>
        <translation>删除客人（在列表中按 Delete）</translation>
    </message>
    <message>
        <source>Make &amp;head</source>
        <translation>设为团长(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>保存名单模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation>添加事项(&amp;T)…</translation>
    </message>
    <message>
        <source>Done / not done</source>
        <translation>完成 / 未完成</translation>
    </message>
    <message>
        <source>Done / not done (Space in the list)</source>
        <translation>完成 / 未完成（在列表中按空格键）</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>Add to the &amp;programme…</source>
        <translation>添加活动(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit line…</source>
        <translation>修改活动…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter: name, unit, letter, or a guest&apos;s name, pinyin or initials</source>
        <translation>筛选：名称、单位、公函，或客人姓名、拼音、首字母</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>日期范围(&amp;B)</translation>
    </message>
    <message>
        <source>Choose a delegation on the left, or press Ctrl+N to record one.</source>
        <translation>请在左侧选择接待对象，或按 Ctrl+N 新增。</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>客人名单</translation>
    </message>
    <message>
        <source>Checklist before arrival</source>
        <translation>抵达前准备事项</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>活动安排</translation>
    </message>
    <message>
        <source>Seating charts</source>
        <translation>座次安排</translation>
    </message>
    <message>
        <source>Checklist ({open} open)</source>
        <translation>准备事项（{open} 项未完成）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>准备事项</translation>
    </message>
    <message>
        <source>Overdue tasks: {count}</source>
        <translation>已逾期 {count} 项</translation>
    </message>
    <message>
        <source>{count} delegations</source>
        <translation>共 {count} 个接待对象</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>来访单位：{unit}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>来访事由：{purpose}</translation>
    </message>
    <message>
        <source>Inviting letter: {letter}</source>
        <translation>公函：{letter}</translation>
    </message>
    <message>
        <source>Liaison: {liaison}</source>
        <translation>联络人：{liaison}</translation>
    </message>
    <message>
        <source>Dates: {dates} ({nights} nights)</source>
        <translation>日期：{dates}（{nights} 晚）</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>备注：{notes}</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} 已保存。</translation>
    </message>
    <message>
        <source>Cancel delegation</source>
        <translation>取消接待</translation>
    </message>
    <message>
        <source>Cancel {name}? Its booked stays are cancelled too. Reason (optional):</source>
        <translation>取消接待 {name}？已预订的住宿也将一并取消。原因（可不填）：</translation>
    </message>
    <message>
        <source>Cancel the delegation</source>
        <translation>取消接待</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>{name} was cancelled.</source>
        <translation>{name} 已取消接待。</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>{name} 已删除。</translation>
    </message>
    <message>
        <source>Remove {name} from the delegation&apos;s list?</source>
        <translation>从接待对象名单中删除 {name}？</translation>
    </message>
    <message>
        <source>{name} is now the head of the delegation.</source>
        <translation>{name} 现为团长。</translation>
    </message>
    <message>
        <source>Import the guest list</source>
        <translation>导入客人名单</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>{count} guests imported from {file}.</source>
        <translation>已从 {file} 导入 {count} 位客人。</translation>
    </message>
    <message>
        <source>Save the guest list template</source>
        <translation>保存客人名单模板</translation>
    </message>
    <message>
        <source>The template could not be saved: {reason}</source>
        <translation>模板未能保存：{reason}</translation>
    </message>
    <message>
        <source>Template saved as {path}.</source>
        <translation>模板已保存为 {path}。</translation>
    </message>
    <message>
        <source>Remove the task “{title}”?</source>
        <translation>删除准备事项“{title}”？</translation>
    </message>
    <message>
        <source>Remove “{title}” from the programme?</source>
        <translation>从活动安排中删除“{title}”？</translation>
    </message>
    <message>
        <source>Open seating chart</source>
        <translation>打开座次图</translation>
    </message>
    <message>
        <source>New &amp;seating chart…</source>
        <translation>新建座次(&amp;S)…</translation>
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
        <source>There is no case {id}.</source>
        <translation>没有编号为 {id} 的信访事项。</translation>
    </message>
    <message>
        <source>There is no case numbered {case_no}.</source>
        <translation>没有编号为 {case_no} 的信访事项。</translation>
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
        <source>{zone} is not a time zone such as Asia/Shanghai.</source>
        <translation>{zone} 不是有效的时区（例如 Asia/Shanghai）。</translation>
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
    <message>
        <source>The appointment time {text} is not a time of the form YYYY-MM-DD HH:MM.</source>
        <translation>预约时间 {text} 不是 YYYY-MM-DD HH:MM 格式的时间。</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value}.</source>
        <translation>{name} 须为整数，不能是 {value}。</translation>
    </message>
    <message>
        <source>The convention is domestic or international, not {value}.</source>
        <translation>惯例只能是 domestic（以左为尊）或 international（以右为尊），不能是 {value}。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} 是文件夹，请给出文件名。</translation>
    </message>
    <message>
        <source>A podium seats at least one person.</source>
        <translation>主席台至少安排一人。</translation>
    </message>
    <message>
        <source>A table needs a host: HOSTS is at least 1.</source>
        <translation>一桌须有主人：HOSTS 至少为 1。</translation>
    </message>
    <message>
        <source>{value} is not a time such as 2026-12-01 18:00.</source>
        <translation>{value} 不是 2026-12-01 18:00 这样的时间。</translation>
    </message>
    <message>
        <source>{option} {value} is refused: {reason}.</source>
        <translation>{option} {value} 无效：{reason}。</translation>
    </message>
    <message>
        <source>The party size must be 1 to {most} people.</source>
        <translation>同行人数须为 1 至 {most} 人。</translation>
    </message>
    <message>
        <source>Ticket {ticket} was issued, but its slip could not be written: {reason}</source>
        <translation>{ticket} 号已发放，但凭条未能保存：{reason}</translation>
    </message>
    <message>
        <source>Visit {id} does not exist.</source>
        <translation>来访记录 {id} 不存在。</translation>
    </message>
    <message>
        <source>Visit {id} has not arrived yet.</source>
        <translation>来访记录 {id} 的来访人尚未到达。</translation>
    </message>
    <message>
        <source>There is no counter {number}; see the queue settings.</source>
        <translation>没有 {number} 号窗口，请查看排队设置。</translation>
    </message>
    <message>
        <source>Counter {number} has no ticket called now.</source>
        <translation>{number} 号窗口当前没有正在呼叫的号码。</translation>
    </message>
    <message>
        <source>There is no ticket {ticket} today.</source>
        <translation>今天没有 {ticket} 号。</translation>
    </message>
    <message>
        <source>Ticket {ticket} is an appointment whose slip has not been scanned yet.</source>
        <translation>{ticket} 是预约号，其凭条尚未扫码签到。</translation>
    </message>
    <message>
        <source>Ticket {ticket} has already been served.</source>
        <translation>{ticket} 号已经办结。</translation>
    </message>
    <message>
        <source>Ticket {ticket} is called at counter {counter} now.</source>
        <translation>{ticket} 号正在 {counter} 号窗口办理。</translation>
    </message>
    <message>
        <source>Call ticket {ticket} again first: a no-show needs {needed} recalls, it has had {recalls}.</source>
        <translation>请先重呼 {ticket} 号：过号需重呼 {needed} 次，目前已重呼 {recalls} 次。</translation>
    </message>
    <message>
        <source>Transfer to either a series or a counter.</source>
        <translation>请转到一个业务序列或一个窗口，二者选一。</translation>
    </message>
    <message>
        <source>There is no service with series {series}.</source>
        <translation>没有序列为 {series} 的业务。</translation>
    </message>
    <message>
        <source>The ticket is already at counter {number}.</source>
        <translation>该号码已在 {number} 号窗口。</translation>
    </message>
    <message>
        <source>Series {series} has given all {last} numbers for {day}. Register the visitor under another service.</source>
        <translation>{day} 的 {series} 序列已发完全部 {last} 个号码，请改用其他业务登记。</translation>
    </message>
    <message>
        <source>No inviting letter, no reception: enter the reference of the inviting letter (公函).</source>
        <translation>无公函不接待：请填写公函文号。</translation>
    </message>
    <message>
        <source>This ID number is already on the delegation&apos;s list, as {name}.</source>
        <translation>该身份证号已在名单中（{name}）。</translation>
    </message>
    <message>
        <source>The gender differs from the one the ID number gives ({gender}).</source>
        <translation>性别与身份证号所示（{gender}）不符。</translation>
    </message>
    <message>
        <source>Enter the {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <source>The {field} may have at most {most} characters.</source>
        <translation>{field}最多 {most} 个字。</translation>
    </message>
    <message>
        <source>Give the arrival and departure days.</source>
        <translation>请填写抵达和离开日期。</translation>
    </message>
    <message>
        <source>The departure ({depart}) cannot be before the arrival ({arrive}).</source>
        <translation>离开日期（{depart}）不能早于抵达日期（{arrive}）。</translation>
    </message>
    <message>
        <source>A delegation may stay at most {most} nights.</source>
        <translation>接待对象最多停留 {most} 晚。</translation>
    </message>
    <message>
        <source>{gender} is not a gender: write 男 or 女.</source>
        <translation>{gender} 不是性别：请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>The programme has “{title}” on {day}, outside the new dates: move or remove it first.</source>
        <translation>活动安排中的“{title}”在 {day}，不在新的日期内：请先调整或删除该活动。</translation>
    </message>
    <message>
        <source>{count} guests of {name} are in the house: check them out before cancelling.</source>
        <translation>{name} 有 {count} 位客人在住：请先办理退房再取消接待。</translation>
    </message>
    <message>
        <source>There is no guest {id}.</source>
        <translation>没有编号为 {id} 的客人。</translation>
    </message>
    <message>
        <source>Another desk has just chosen a head for this delegation: try again.</source>
        <translation>另一台前台刚为该接待对象设定了团长：请重试。</translation>
    </message>
    <message>
        <source>Only a member of a delegation can be its head.</source>
        <translation>只有接待对象的成员才能设为团长。</translation>
    </message>
    <message>
        <source>{name} has a stay from {arrive} to {depart}: cancel it before removing the guest.</source>
        <translation>{name} 有 {arrive} 至 {depart} 的住宿：请先取消住宿再删除该客人。</translation>
    </message>
    <message>
        <source>There is no priority class {priority}.</source>
        <translation>没有名为 {priority} 的优先类别。</translation>
    </message>
    <message>
        <source>Visitor {id} does not exist.</source>
        <translation>来访人 {id} 不存在。</translation>
    </message>
    <message>
        <source>The appointment time needs a time zone.</source>
        <translation>预约时间缺少时区。</translation>
    </message>
    <message>
        <source>The appointment time {at} has already passed.</source>
        <translation>预约时间 {at} 已过。</translation>
    </message>
    <message>
        <source>An appointment can be made at most {days} days ahead.</source>
        <translation>最多只能提前 {days} 天预约。</translation>
    </message>
    <message>
        <source>The queue needs at least one service.</source>
        <translation>排队至少需要一项业务。</translation>
    </message>
    <message>
        <source>A series is one letter A to Z, not {series}.</source>
        <translation>业务序列须为 A 到 Z 中的一个字母，不能是 {series}。</translation>
    </message>
    <message>
        <source>The series {series} is used twice.</source>
        <translation>序列 {series} 重复使用。</translation>
    </message>
    <message>
        <source>The name of service {series} needs 1 to 20 characters.</source>
        <translation>业务 {series} 的名称须为 1 到 20 个字符。</translation>
    </message>
    <message>
        <source>Counter numbers are 1 to 99 and each is used once.</source>
        <translation>窗口编号须为 1 到 99，且不能重复。</translation>
    </message>
    <message>
        <source>Counter {number} must serve existing series.</source>
        <translation>{number} 号窗口办理的业务序列必须存在。</translation>
    </message>
    <message>
        <source>The appointment series {series} is not a service.</source>
        <translation>预约业务序列 {series} 不是已有的业务。</translation>
    </message>
    <message>
        <source>A priority bonus is between 0 and {most} minutes.</source>
        <translation>优先提前量须在 0 到 {most} 分钟之间。</translation>
    </message>
    <message>
        <source>{setting} must be between {low} and {high}.</source>
        <translation>{setting} 须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>No printer is installed. Save the slip as a PDF, or ask for a printer to be set up.</source>
        <translation>未安装打印机。请将凭条另存为 PDF，或请管理员安装打印机。</translation>
    </message>
    <message>
        <source>The printer {name} is not installed. Choose another one in the settings.</source>
        <translation>打印机 {name} 未安装，请在设置中另选一台。</translation>
    </message>
    <message>
        <source>The printer {name} did not accept the slip. Check that it is on and has paper.</source>
        <translation>打印机 {name} 未能打印凭条，请检查打印机是否开机、有无纸张。</translation>
    </message>
    <message>
        <source>The slip could not be saved as {path}.</source>
        <translation>凭条无法保存为 {path}。</translation>
    </message>
    <message>
        <source>{option} {text} is not a date such as 2026-12-01.</source>
        <translation>{option} {text} 不是日期，请写成 2026-12-01 这样的形式。</translation>
    </message>
    <message>
        <source>There is no guest named {name}.</source>
        <translation>没有名为 {name} 的客人。</translation>
    </message>
    <message>
        <source>Delegation {delegation} has no guest named {name}.</source>
        <translation>接待对象 {delegation} 中没有名为 {name} 的客人。</translation>
    </message>
    <message>
        <source>Several guests are named {name}: say which with --delegation ID.</source>
        <translation>有多位客人名为 {name}：请用 --delegation 编号 指明是哪一位。</translation>
    </message>
    <message>
        <source>Delegation {delegation} has several guests named {name}: book them at the desk.</source>
        <translation>接待对象 {delegation} 中有多位客人名为 {name}：请在前台为其订房。</translation>
    </message>
    <message>
        <source>There is no delegation {delegation}.</source>
        <translation>没有编号为 {delegation} 的接待对象。</translation>
    </message>
    <message>
        <source>The delegation leaves on the day it arrives: it needs no rooms.</source>
        <translation>该接待对象当天抵离，无需安排住房。</translation>
    </message>
    <message>
        <source>Guest {guest} is not in this delegation.</source>
        <translation>客人 {guest} 不属于该接待对象。</translation>
    </message>
    <message>
        <source>No guest has a room to confirm.</source>
        <translation>没有可确认的住房安排。</translation>
    </message>
    <message>
        <source>A chosen room no longer exists.</source>
        <translation>所选客房已不存在。</translation>
    </message>
    <message>
        <source>Give the first night the room must be free.</source>
        <translation>请填写房间须空闲的第一晚。</translation>
    </message>
    <message>
        <source>A room chart shows 1 to {most} days.</source>
        <translation>房态图显示 1 至 {most} 天。</translation>
    </message>
    <message>
        <source>There is no delegation {id}.</source>
        <translation>没有编号为 {id} 的接待对象。</translation>
    </message>
    <message>
        <source>The delegation {name} is cancelled.</source>
        <translation>接待对象 {name} 已取消。</translation>
    </message>
    <message>
        <source>A checklist task needs a title of 1 to 80 characters.</source>
        <translation>准备事项名称须为 1 至 80 个字。</translation>
    </message>
    <message>
        <source>The due time needs a time zone.</source>
        <translation>完成时限须带时区。</translation>
    </message>
    <message>
        <source>There is no checklist task {id}.</source>
        <translation>没有编号为 {id} 的准备事项。</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}. Problems found: {count}; correct them and import the file again.</source>
        <translation>未从 {file} 导入任何客人：发现 {count} 处问题，请修改后重新导入。</translation>
    </message>
    <message>
        <source>{file} cannot be opened as an Excel workbook: it may be damaged, protected by a password or in another format.</source>
        <translation>无法将 {file} 作为 Excel 工作簿打开：文件可能已损坏、设有密码或为其他格式。</translation>
    </message>
    <message>
        <source>Write 是 or 否 (or leave it empty for 否), not {value}.</source>
        <translation>请填写“是”或“否”（空白视为“否”），而不是“{value}”。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx): save it as .xlsx in Excel or WPS and import it again.</source>
        <translation>{file} 不是 Excel 工作簿（.xlsx）：请在 Excel 或 WPS 中另存为 .xlsx 后重新导入。</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>找不到文件 {file}。</translation>
    </message>
    <message>
        <source>{file} has no header row with a 姓名 column in its first rows: start from the desk&apos;s template.</source>
        <translation>{file} 的前几行中没有含“姓名”列的表头：请使用前台提供的模板填写。</translation>
    </message>
    <message>
        <source>The desk does not know the column {title}: it was ignored.</source>
        <translation>无法识别“{title}”列，已忽略。</translation>
    </message>
    <message>
        <source>A second column for {first}: keep one and delete the other.</source>
        <translation>与“{first}”列重复：请保留一列，删除另一列。</translation>
    </message>
    <message>
        <source>The column {title} is missing.</source>
        <translation>缺少“{title}”列。</translation>
    </message>
    <message>
        <source>{file} lists more than {most} guests: split it into several files.</source>
        <translation>{file} 中的客人超过 {most} 位：请拆分为多个文件。</translation>
    </message>
    <message>
        <source>Excel stored the ID number as a number and lost its last digits: format the column as text and type the number again.</source>
        <translation>Excel 将身份证号存为数字，末几位已丢失：请将该列设为文本格式后重新填写。</translation>
    </message>
    <message>
        <source>{file} lists no guests.</source>
        <translation>{file} 中没有客人。</translation>
    </message>
    <message>
        <source>The same ID number as row {row}.</source>
        <translation>与第 {row} 行的身份证号相同。</translation>
    </message>
    <message>
        <source>The same name as row {row}, without an ID number to tell them apart.</source>
        <translation>与第 {row} 行姓名相同，且无身份证号可以区分。</translation>
    </message>
    <message>
        <source>A delegation has one head: row {row} is the head already.</source>
        <translation>一个接待对象只能有一位团长：第 {row} 行已是团长。</translation>
    </message>
    <message>
        <source>{name} is already on the delegation&apos;s list, without an ID number to tell them apart.</source>
        <translation>{name} 已在名单中，且无身份证号可以区分。</translation>
    </message>
    <message>
        <source>The delegation already has a head, {name}: write 否 here, or change the head at the desk after the import.</source>
        <translation>该接待对象已有团长（{name}）：此处请填“否”，或在导入后于前台更换团长。</translation>
    </message>
    <message>
        <source>There is no stay {stay}.</source>
        <translation>没有编号为 {stay} 的住宿记录。</translation>
    </message>
    <message>
        <source>Stay {stay} is cancelled: there is no room card for it.</source>
        <translation>住宿 {stay} 已取消，无法打印入住卡。</translation>
    </message>
    <message>
        <source>The activity&apos;s times need a time zone.</source>
        <translation>活动时间须带时区。</translation>
    </message>
    <message>
        <source>The activity must end after it starts.</source>
        <translation>活动结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>The activity must fall within the delegation&apos;s visit, {arrive} to {depart}.</source>
        <translation>活动须在接待对象来访期间（{arrive} 至 {depart}）。</translation>
    </message>
    <message>
        <source>The cost is 0 to {most} yuan.</source>
        <translation>费用须为 0 至 {most} 元。</translation>
    </message>
    <message>
        <source>There is no programme line {id}.</source>
        <translation>没有编号为 {id} 的活动安排。</translation>
    </message>
    <message>
        <source>A room number has 1 to 10 letters, digits or dashes, such as 301.</source>
        <translation>房号由 1 至 10 位字母、数字或短横线组成，例如 301。</translation>
    </message>
    <message>
        <source>A building name may have at most 20 characters.</source>
        <translation>楼栋名称最多 20 个字。</translation>
    </message>
    <message>
        <source>{type} is not a room type: standard, single, ordinary_suite or suite.</source>
        <translation>“{type}”不是房型：应为 standard（标准间）、single（单人间）、ordinary_suite（普通套间）或 suite（套间）。</translation>
    </message>
    <message>
        <source>A room has 1 to 6 beds.</source>
        <translation>每间客房有 1 至 6 张床位。</translation>
    </message>
    <message>
        <source>Give the floor of room {number}: it cannot be read from the number.</source>
        <translation>请填写 {number} 房间所在楼层：无法从房号推断。</translation>
    </message>
    <message>
        <source>A floor is between -5 and 99.</source>
        <translation>楼层应在 -5 至 99 之间。</translation>
    </message>
    <message>
        <source>The rate is 0 to {most} yuan a night.</source>
        <translation>房价应为每晚 0 至 {most} 元。</translation>
    </message>
    <message>
        <source>Notes may have at most 200 characters.</source>
        <translation>备注最多 200 个字。</translation>
    </message>
    <message>
        <source>Building {building} already has a room {number}.</source>
        <translation>{building} 号楼已有 {number} 房间。</translation>
    </message>
    <message>
        <source>There is no room {room}.</source>
        <translation>没有 {room} 房间。</translation>
    </message>
    <message>
        <source>Several buildings have a room {room}: name the building too.</source>
        <translation>多栋楼都有 {room} 房间，请同时注明楼栋。</translation>
    </message>
    <message>
        <source>Room {number} has guests booked in {used} beds: it cannot have fewer.</source>
        <translation>{number} 房间已有 {used} 个床位被预订，床位数不能再少。</translation>
    </message>
    <message>
        <source>Say why the room is out of order (1 to 200 characters).</source>
        <translation>请说明客房停用的原因（1 至 200 个字）。</translation>
    </message>
    <message>
        <source>The room must be back in service after {start}.</source>
        <translation>恢复使用日期须晚于 {start}。</translation>
    </message>
    <message>
        <source>Room {number} has a guest from {arrive} to {depart}: move the stay first.</source>
        <translation>{number} 房间 {arrive} 至 {depart} 有客人入住，请先调整该住宿。</translation>
    </message>
    <message>
        <source>The departure must be after the arrival ({arrive}).</source>
        <translation>离店日期须晚于抵店日期（{arrive}）。</translation>
    </message>
    <message>
        <source>A stay may last at most {most} nights: split it.</source>
        <translation>一次住宿最多 {most} 晚，请分段安排。</translation>
    </message>
    <message>
        <source>Choose the least rank for every room type.</source>
        <translation>请为每种房型选择最低职级。</translation>
    </message>
    <message>
        <source>Choose the least rank lodged alone.</source>
        <translation>请选择单独安排住房的最低职级。</translation>
    </message>
    <message>
        <source>{time} is not a time of day such as 14:00.</source>
        <translation>“{time}”不是有效时间，例如 14:00。</translation>
    </message>
    <message>
        <source>The breakfast times may have at most 40 characters.</source>
        <translation>早餐时间最多 40 个字。</translation>
    </message>
    <message>
        <source>A checklist task is due 0 to 720 hours before the arrival.</source>
        <translation>准备事项的完成时限应为抵达前 0 至 720 小时。</translation>
    </message>
    <message>
        <source>Room {room} is taken from {arrive} to {depart} by {guest} (stay {stay}).</source>
        <translation>{room} 房间 {arrive} 至 {depart} 已由 {guest} 入住（住宿编号 {stay}）。</translation>
    </message>
    <message>
        <source>Room {room} is no longer in use.</source>
        <translation>{room} 房间已不再使用。</translation>
    </message>
    <message>
        <source>Room {room} is out of order from {start}: {reason}</source>
        <translation>{room} 房间自 {start} 起停用：{reason}</translation>
    </message>
    <message>
        <source>{guest} already has room {room} from {arrive} to {depart}.</source>
        <translation>{guest} {arrive} 至 {depart} 已安排在 {room} 房间。</translation>
    </message>
    <message>
        <source>Room {room} is shared from {arrive} with {guest}: only guests of the same gender share a room.</source>
        <translation>{room} 房间自 {arrive} 起与 {guest} 合住：只有同性别客人可以合住。</translation>
    </message>
    <message>
        <source>There is no guest {guest}.</source>
        <translation>没有编号为 {guest} 的客人。</translation>
    </message>
    <message>
        <source>Room {room} ({type}) is above the reception standard for {guest} ({rank}): give the reason for the exception.</source>
        <translation>{room} 房间（{type}）超出 {guest}（{rank}）的接待标准，请填写超标准理由。</translation>
    </message>
    <message>
        <source>The reason may have at most {most} characters.</source>
        <translation>理由最多 {most} 个字。</translation>
    </message>
    <message>
        <source>Another desk has just booked room {room} for {guest}&apos;s nights: look again.</source>
        <translation>其他工作台刚刚为 {guest} 所需日期预订了 {room} 房间，请重新查看。</translation>
    </message>
    <message>
        <source>Stay {stay} is {state}: that cannot be done now.</source>
        <translation>住宿 {stay} 的状态为“{state}”，现在不能进行此操作。</translation>
    </message>
    <message>
        <source>Stay {stay} begins on {arrive}: change its dates to check in today.</source>
        <translation>住宿 {stay} 自 {arrive} 开始；如今天入住，请先修改日期。</translation>
    </message>
    <message>
        <source>Stay {stay} ended on {depart}.</source>
        <translation>住宿 {stay} 已于 {depart} 结束。</translation>
    </message>
    <message>
        <source>The guest is in house: the departure must be after today; check out.</source>
        <translation>客人在住：离店日期须晚于今天；今天离店请办理退房。</translation>
    </message>
    <message>
        <source>The guest is already in that room.</source>
        <translation>客人已在该房间。</translation>
    </message>
    <message>
        <source>The stay ends on {depart}: there is nothing to move.</source>
        <translation>该住宿于 {depart} 结束，无需换房。</translation>
    </message>
    <message>
        <source>The guest is already in: only the room and the departure can change.</source>
        <translation>客人已入住：只能更改房间和离店日期。</translation>
    </message>
    <message>
        <source>{rank} is not a rank level such as 正厅级 or 县处级副职.</source>
        <translation>“{rank}”不是职级，例如 正厅级 或 县处级副职。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: {reason}</source>
        <translation>无法将 PDF 保存为 {path}：{reason}</translation>
    </message>
    <message>
        <source>The printer did not take the document: {reason}</source>
        <translation>打印机未能接收该文档：{reason}</translation>
    </message>
    <message>
        <source>{option} {text} is not a number of days.</source>
        <translation>{option} {text} 不是有效的天数。</translation>
    </message>
    <message>
        <source>{media_type} is not a media type.</source>
        <translation>{media_type} 不是有效的文件类型。</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>文件没有名称。</translation>
    </message>
    <message>
        <source>A file name may have at most {most} characters.</source>
        <translation>文件名最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is larger than {most} MB: scan it at a lower resolution.</source>
        <translation>文件超过 {most} MB：请以较低分辨率重新扫描。</translation>
    </message>
    <message>
        <source>There is no attachment {id}.</source>
        <translation>没有附件 {id}。</translation>
    </message>
    <message>
        <source>The attachment {id} is damaged.</source>
        <translation>附件 {id} 已损坏。</translation>
    </message>
    <message>
        <source>A calendar year is between {first} and {last}.</source>
        <translation>日历年份须在 {first} 至 {last} 之间。</translation>
    </message>
    <message>
        <source>{day} is not in {year}.</source>
        <translation>{day} 不在 {year} 年内。</translation>
    </message>
    <message>
        <source>{day} is a weekday: an adjusted working day is a Saturday or a Sunday.</source>
        <translation>{day} 是工作日：调休上班日须为星期六或星期日。</translation>
    </message>
    <message>
        <source>{day} is listed twice.</source>
        <translation>{day} 重复列出。</translation>
    </message>
    <message>
        <source>The name of {day} may have at most {most} characters.</source>
        <translation>{day} 的名称最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>{day} cannot be both a holiday and a working day.</source>
        <translation>{day} 不能既是节假日又是调休工作日。</translation>
    </message>
    <message>
        <source>Line {line}: {text} is not a date such as 2027-01-01.</source>
        <translation>第 {line} 行：{text} 不是日期（格式如 2027-01-01）。</translation>
    </message>
    <message>
        <source>Line {line}: a range runs forward, over at most {most} days.</source>
        <translation>第 {line} 行：日期范围须由前往后，最多 {most} 天。</translation>
    </message>
    <message>
        <source>A notice needs at least its title.</source>
        <translation>告知书至少需要标题。</translation>
    </message>
    <message>
        <source>A notice may have at most {most} characters.</source>
        <translation>告知书最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>A brace of the notice has no pair: a field is written as {example}.</source>
        <translation>告知书中有不成对的花括号：字段应写作 {example}。</translation>
    </message>
    <message>
        <source>The notice uses {field}, which is not one of its fields: {fields}.</source>
        <translation>告知书使用了 {field}，它不是可用字段：{fields}。</translation>
    </message>
    <message>
        <source>Case {case_no} is {state}: no {kind} can be issued.</source>
        <translation>信访事项 {case_no} 当前为“{state}”，不能出具{kind}。</translation>
    </message>
    <message>
        <source>The case numbers of {year} are used up.</source>
        <translation>{year} 年的信访事项编号已用完。</translation>
    </message>
    <message>
        <source>There is no leader reception day {id}.</source>
        <translation>没有编号为 {id} 的领导接访日。</translation>
    </message>
    <message>
        <source>Name the leader, in 1 to {most} characters.</source>
        <translation>请填写领导姓名（1 至 {most} 个字符）。</translation>
    </message>
    <message>
        <source>The post and place may have at most {most} characters.</source>
        <translation>职务和地点最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>A slot lasts {least} to {most} minutes.</source>
        <translation>每个时段为 {least} 至 {most} 分钟。</translation>
    </message>
    <message>
        <source>From {starts} to {ends} there is no room for one slot of {minutes} minutes.</source>
        <translation>{starts} 至 {ends} 之间排不下一个 {minutes} 分钟的时段。</translation>
    </message>
    <message>
        <source>There is no reception slot {id}.</source>
        <translation>没有编号为 {id} 的接访时段。</translation>
    </message>
    <message>
        <source>The reception day of {day} is called off.</source>
        <translation>{day} 的领导接访日已取消。</translation>
    </message>
    <message>
        <source>Case {case_no} is {state}: it is no longer handled.</source>
        <translation>信访事项 {case_no} 当前为“{state}”，已不再办理。</translation>
    </message>
    <message>
        <source>The slot at {time} on {day} is already booked for case {case_no}.</source>
        <translation>{day} {time} 的时段已预约给信访事项 {case_no}。</translation>
    </message>
    <message>
        <source>Another desk has just booked the slot at {time} on {day}: look again.</source>
        <translation>另一工作台刚刚预约了 {day} {time} 的时段，请重新查看。</translation>
    </message>
    <message>
        <source>There is no booking {id}.</source>
        <translation>没有编号为 {id} 的预约。</translation>
    </message>
    <message>
        <source>Booking {id} is cancelled.</source>
        <translation>预约 {id} 已取消。</translation>
    </message>
    <message>
        <source>Booking {id} is already marked: the reception took place or not.</source>
        <translation>预约 {id} 已登记接访结果（到场或未到场）。</translation>
    </message>
    <message>
        <source>Nothing was saved: the form has {count} problems.</source>
        <translation>未保存：填写内容有 {count} 处问题。</translation>
    </message>
    <message>
        <source>A category may have at most {most} characters.</source>
        <translation>类别名称最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>The category {category} is listed twice.</source>
        <translation>类别 {category} 重复列出。</translation>
    </message>
    <message>
        <source>List 1 to {most} categories.</source>
        <translation>请列出 1 至 {most} 个类别。</translation>
    </message>
    <message>
        <source>There is no notice named {kind}.</source>
        <translation>没有名为 {kind} 的告知书。</translation>
    </message>
    <message>
        <source>Due soon is 0 to {most} days ahead.</source>
        <translation>“即将到期”为提前 0 至 {most} 天。</translation>
    </message>
    <message>
        <source>{year}-{month} is not a month of the office&apos;s records.</source>
        <translation>{year}-{month} 不是可统计的月份。</translation>
    </message>
    <message>
        <source>Write the reply or decision given to the petitioner.</source>
        <translation>请填写给信访人的答复或决定。</translation>
    </message>
    <message>
        <source>Give the reason for this step.</source>
        <translation>请填写此步骤的理由。</translation>
    </message>
    <message>
        <source>The text may have at most {most} characters.</source>
        <translation>文字最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>Name the unit the case is assigned to.</source>
        <translation>请填写交办的承办单位。</translation>
    </message>
    <message>
        <source>A unit&apos;s name may have at most {most} characters.</source>
        <translation>单位名称最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>A step cannot be dated after today ({today}).</source>
        <translation>步骤日期不能晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>A step of case {case_no} cannot be dated before {day}, its previous step.</source>
        <translation>信访事项 {case_no} 的步骤日期不能早于上一步骤的日期 {day}。</translation>
    </message>
    <message>
        <source>Case {case_no} is final after its re-review: it takes no further step.</source>
        <translation>信访事项 {case_no} 经复核已终结，不能再办理任何步骤。</translation>
    </message>
    <message>
        <source>Case {case_no} is {state}: it cannot take the step {step}.</source>
        <translation>信访事项 {case_no} 当前为“{state}”，不能执行“{step}”。</translation>
    </message>
    <message>
        <source>The unit could object to case {case_no} until {due}: the period has passed.</source>
        <translation>承办单位对信访事项 {case_no} 提出异议的期限至 {due}，现已逾期。</translation>
    </message>
    <message>
        <source>The handling period of case {case_no} ended on {due}: an extension is asked and approved within it.</source>
        <translation>信访事项 {case_no} 的办理期限已于 {due} 届满：延期须在办理期限内申请并批准。</translation>
    </message>
    <message>
        <source>The petitioner could ask for it until {due}: the request for case {case_no} comes too late.</source>
        <translation>信访人可在 {due} 之前提出申请：信访事项 {case_no} 的申请已逾期。</translation>
    </message>
    <message>
        <source>There is no step named {step}.</source>
        <translation>没有名为 {step} 的步骤。</translation>
    </message>
    <message>
        <source>An extension is asked by the officer and approved by the director.</source>
        <translation>延期由信访干部申请、由主任批准。</translation>
    </message>
    <message>
        <source>An extension of {days} days for case {case_no} is waiting for the director.</source>
        <translation>信访事项 {case_no} 延期 {days} 日的申请正等待主任审批。</translation>
    </message>
    <message>
        <source>An extension is 1 to {most} days.</source>
        <translation>延期为 1 至 {most} 日。</translation>
    </message>
    <message>
        <source>No extension has been asked for case {case_no}.</source>
        <translation>信访事项 {case_no} 没有待审批的延期申请。</translation>
    </message>
    <message>
        <source>Hearing days count only while a re-review is decided; case {case_no} is {state}.</source>
        <translation>听证天数仅在复核办理期间计入；信访事项 {case_no} 当前为“{state}”。</translation>
    </message>
    <message>
        <source>A hearing takes 1 to {most} days.</source>
        <translation>听证为 1 至 {most} 日。</translation>
    </message>
    <message>
        <source>A file kept with a case is at most {most} MB.</source>
        <translation>随案材料每个文件不超过 {most} MB。</translation>
    </message>
    <message>
        <source>The file {path} could not be read: {reason}</source>
        <translation>无法读取文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>Earlier matters could not be looked up: {reason}</source>
        <translation>无法查询以往信访事项：{reason}</translation>
    </message>
    <message>
        <source>The workbook could not be saved as {path}: {reason}</source>
        <translation>无法将工作簿保存为 {path}：{reason}</translation>
    </message>
    <message>
        <source>The tables have too few places: {guests} guests and {hosts} hosts left.</source>
        <translation>桌位不够：还剩 {guests} 位客人和 {hosts} 位主方人员没有座位。</translation>
    </message>
    <message>
        <source>Every table needs someone of the host side.</source>
        <translation>每桌都要有主方人员。</translation>
    </message>
    <message>
        <source>A banquet needs a host: add someone of the host side.</source>
        <translation>宴会需要主人：请添加主方人员。</translation>
    </message>
    <message>
        <source>There is no seat {id} in this chart.</source>
        <translation>此座次图中没有编号为 {id} 的座位。</translation>
    </message>
    <message>
        <source>Choose two different seats.</source>
        <translation>请选择两个不同的座位。</translation>
    </message>
    <message>
        <source>A swap out of the precedence order needs a reason.</source>
        <translation>不按排名调换座位必须填写理由。</translation>
    </message>
    <message>
        <source>There is no official {id}.</source>
        <translation>没有编号为 {id} 的领导。</translation>
    </message>
    <message>
        <source>The official {name} is not on the order.</source>
        <translation>{name} 不在排名名单中。</translation>
    </message>
    <message>
        <source>A row or table holds from {least} to {most} people.</source>
        <translation>每排或每桌可坐 {least} 到 {most} 人。</translation>
    </message>
    <message>
        <source>Choose the kind of event and its convention.</source>
        <translation>请选择活动类型和座次惯例。</translation>
    </message>
    <message>
        <source>Give the event&apos;s time with its zone.</source>
        <translation>请填写带时区的活动时间。</translation>
    </message>
    <message>
        <source>There is no seating event {id}.</source>
        <translation>没有编号为 {id} 的座次活动。</translation>
    </message>
    <message>
        <source>A host, deputy host or staff member sits on the host side.</source>
        <translation>主人、副主人和陪同人员应坐在主方。</translation>
    </message>
    <message>
        <source>Choose one official or one guest.</source>
        <translation>请选择一位领导或一位客人。</translation>
    </message>
    <message>
        <source>This person already takes part.</source>
        <translation>此人已在参加人员中。</translation>
    </message>
    <message>
        <source>There is no participant {id}.</source>
        <translation>没有编号为 {id} 的参加人员。</translation>
    </message>
    <message>
        <source>The number of guests is {least} to {most}.</source>
        <translation>客人人数须为 {least} 至 {most}。</translation>
    </message>
    <message>
        <source>The number of accompanying staff is {least} to {most}.</source>
        <translation>陪同人员人数须为 {least} 至 {most}。</translation>
    </message>
    <message>
        <source>The cost is {least} to {most} yuan.</source>
        <translation>费用须为 {least} 至 {most} 元。</translation>
    </message>
    <message>
        <source>There is no meal {id}.</source>
        <translation>没有编号为 {id} 的用餐安排。</translation>
    </message>
    <message>
        <source>There is no vehicle {id}.</source>
        <translation>没有编号为 {id} 的车辆安排。</translation>
    </message>
    <message>
        <source>A vehicle has {least} to {most} seats.</source>
        <translation>车辆座位数须为 {least} 至 {most}。</translation>
    </message>
    <message>
        <source>The meal&apos;s time needs a time zone.</source>
        <translation>用餐时间须带时区。</translation>
    </message>
    <message>
        <source>The meal must fall within the delegation&apos;s visit, {arrive} to {depart}.</source>
        <translation>用餐须在团组来访期间（{arrive} 至 {depart}）。</translation>
    </message>
    <message>
        <source>{staff} accompanying staff for {guests} guests is above the limit of {limit}: give the reason.</source>
        <translation>客人 {guests} 人，陪同人员 {staff} 人，超过 {limit} 人的限额：请填写理由。</translation>
    </message>
    <message>
        <source>The number of {what} must be from {least} to {most}.</source>
        <translation>{what}应在 {least} 到 {most} 之间。</translation>
    </message>
    <message>
        <source>The rows hold {seats} people, not {people}.</source>
        <translation>各排共有 {seats} 个座位，坐不下 {people} 人。</translation>
    </message>
    <message>
        <source>A banquet needs at least one table.</source>
        <translation>宴会至少要有一桌。</translation>
    </message>
    <message>
        <source>A car seats at most {most} passengers, not {people}.</source>
        <translation>一辆车最多坐 {most} 名乘客，坐不下 {people} 人。</translation>
    </message>
    <message>
        <source>There are no name cards to print.</source>
        <translation>没有要打印的桌签。</translation>
    </message>
    <message>
        <source>Write the rows as numbers of seats, front first: 7, 9</source>
        <translation>请按排填写座位数，前排在先，例如：7, 9</translation>
    </message>
    <message>
        <source>Write each table as guests:hosts, the main table first: 6:4, 5:5</source>
        <translation>请按桌填写“客人数:主方人数”，主桌在先，例如：6:4, 5:5</translation>
    </message>
    <message>
        <source>A case alert comes {least} to {most} days before the deadline.</source>
        <translation>信访事项提醒须设在期限前 {least} 至 {most} 天。</translation>
    </message>
    <message>
        <source>A delegation alert comes {least} to {most} minutes before the arrival.</source>
        <translation>团组抵达提醒须设在抵达前 {least} 至 {most} 分钟。</translation>
    </message>
    <message>
        <source>A waiting alert comes after {least} to {most} minutes.</source>
        <translation>等候提醒须设在等候 {least} 至 {most} 分钟之后。</translation>
    </message>
    <message>
        <source>The alert rule {rule} is on or off.</source>
        <translation>提醒规则 {rule} 只能开启或关闭。</translation>
    </message>
    <message>
        <source>There is no alert rule {rule}.</source>
        <translation>没有名为 {rule} 的提醒规则。</translation>
    </message>
    <message>
        <source>A daily report is for today or a day before, not {day}.</source>
        <translation>日报只能生成今日或此前日期的，不能生成 {day} 的。</translation>
    </message>
    <message>
        <source>Your role reads none of the daily report&apos;s areas.</source>
        <translation>您的角色无权查看日报所涉及的任何工作领域。</translation>
    </message>
    <message>
        <source>There is no alert {key}.</source>
        <translation>没有提醒 {key}。</translation>
    </message>
    <message>
        <source>A note may have at most {most} characters.</source>
        <translation>备注最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>Only an operator acknowledges an alert.</source>
        <translation>只有操作员可以确认提醒。</translation>
    </message>
    <message>
        <source>{option} {text} is not a month such as 2026-11.</source>
        <translation>{option} {text} 不是有效的月份，应如 2026-11。</translation>
    </message>
    <message>
        <source>A monthly report is for this month or one before, not {month}.</source>
        <translation>月报只能生成本月或此前月份的，不能生成 {month} 的。</translation>
    </message>
    <message>
        <source>Your role reads none of the monthly report&apos;s areas.</source>
        <translation>您的角色无权查看月报所涉及的任何工作领域。</translation>
    </message>
    <message>
        <source>The Word file could not be saved as {path}: {reason}</source>
        <translation>Word 文件未能保存为 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit seating</source>
        <translation>修改座次</translation>
    </message>
    <message>
        <source>New seating</source>
        <translation>新建座次</translation>
    </message>
    <message>
        <source>Work meeting on the river clean-up</source>
        <translation>河道治理工作会议</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>时间(&amp;A)</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>不关联接待团组</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Convention:</source>
        <translation>惯例(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>接待团组(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Officials:</source>
        <translation>领导(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation>客人(&amp;G)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create chart</source>
        <translation>生成座次图</translation>
    </message>
    <message>
        <source>Tables as guests:hosts, main table first: 6:4, 5:5 (empty: one table)</source>
        <translation>按桌填写“客人数:主方人数”，主桌在先：6:4, 5:5（不填则为一桌）</translation>
    </message>
    <message>
        <source>Seats per row, front row first: 7, 9 (empty: one row)</source>
        <translation>每排座位数，前排在先：7, 9（不填则为一排）</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Recorded {time}</source>
        <translation>记录于 {time}</translation>
    </message>
    <message>
        <source>{leader}: {note}</source>
        <translation>{leader}：{note}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>The chart is computed</source>
        <translation>座次图已生成</translation>
    </message>
    <message>
        <source>The chart is not computed yet</source>
        <translation>座次图尚未生成</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Exported by: {operator}   Exported at: {time}</source>
        <translation>导出人：{operator}&#x3000;&#x3000;导出时间：{time}</translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>筛选条件：{filter}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name of the delegation</source>
        <translation>接待对象名称</translation>
    </message>
    <message>
        <source>visiting unit</source>
        <translation>来访单位</translation>
    </message>
    <message>
        <source>purpose of the visit</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>reference of the inviting letter</source>
        <translation>公函文号</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>过敏情况</translation>
    </message>
    <message>
        <source>mobility needs</source>
        <translation>行动不便情况</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>host or department</source>
        <translation>接待人或部门</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>accompanying staff</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>how it came</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>date of the visit</source>
        <translation>来访日期</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>事项摘要</translation>
    </message>
    <message>
        <source>demands</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>unit concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>petitioners</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>接谈内容</translation>
    </message>
    <message>
        <source>promises made</source>
        <translation>答复承诺</translation>
    </message>
    <message>
        <source>the person&apos;s state</source>
        <translation>情绪状态</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>meal</source>
        <translation>用餐名称</translation>
    </message>
    <message>
        <source>number plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>驾驶员</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>FormCountModel</name>
    <message>
        <source>How it came</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>FreeRoomModel</name>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>空床</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特点</translation>
    </message>
    <message>
        <source>Rate (yuan)</source>
        <translation>房价（元）</translation>
    </message>
    <message>
        <source>{building} · {number}</source>
        <translation>{building} · {number}</translation>
    </message>
    <message>
        <source>{free} of {beds}</source>
        <translation>{free}/{beds}</translation>
    </message>
</context>
<context>
    <name>FreeSlotModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translation>修改客人</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>添加客人</translation>
    </message>
    <message>
        <source>&amp;Head of the delegation</source>
        <translation>团长(&amp;H)</translation>
    </message>
    <message>
        <source>Ha&amp;lal</source>
        <translation>清真(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Vegetarian</source>
        <translation>素食(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Accessible room</source>
        <translation>无障碍客房(&amp;A)</translation>
    </message>
    <message>
        <source>Foods the guest must not be served</source>
        <translation>不能提供给客人的食物</translation>
    </message>
    <message>
        <source>Wheelchair, walking stick…</source>
        <translation>轮椅、拐杖……</translation>
    </message>
    <message>
        <source>&amp;Remove the ID number on file</source>
        <translation>删除已登记的身份证号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation>职级(&amp;K)：</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>特殊需求：</translation>
    </message>
    <message>
        <source>All&amp;ergies:</source>
        <translation>过敏(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Mobility:</source>
        <translation>行动不便(&amp;M)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>On file: {number}; type a number only to change it</source>
        <translation>已登记：{number}；如需更改请输入新号码</translation>
    </message>
</context>
<context>
    <name>GuestModel</name>
    <message>
        <source>Halal</source>
        <translation>清真</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>素食</translation>
    </message>
    <message>
        <source>Allergic: {allergies}</source>
        <translation>过敏：{allergies}</translation>
    </message>
    <message>
        <source>Accessible room</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>团长</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>特殊需求</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
</context>
<context>
    <name>GuestNeeds</name>
    <message>
        <source>Halal meals</source>
        <translation>清真餐</translation>
    </message>
    <message>
        <source>Vegetarian meals</source>
        <translation>素食</translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>过敏：{allergies}</translation>
    </message>
    <message>
        <source>Accessible room</source>
        <translation>需无障碍房间</translation>
    </message>
    <message>
        <source>Mobility: {mobility}</source>
        <translation>行动：{mobility}</translation>
    </message>
</context>
<context>
    <name>Guests</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
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
    <name>ImportReportDialog</name>
    <message>
        <source>Guest list refused</source>
        <translation>客人名单未导入</translation>
    </message>
    <message>
        <source>Guest list imported</source>
        <translation>客人名单已导入</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}. Correct these problems in the file and import it again:</source>
        <translation>未从 {file} 导入任何客人。请在文件中修改以下问题后重新导入：</translation>
    </message>
    <message>
        <source>{file} was imported. Please look at these notes:</source>
        <translation>{file} 已导入。请留意以下提示：</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New petition case</source>
        <translation>登记信访事项</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>The unit the matter is about</source>
        <translation>信访事项涉及的单位</translation>
    </message>
    <message>
        <source>What the matter is about, in the person&apos;s words</source>
        <translation>信访事项内容，按信访人所述记录</translation>
    </message>
    <message>
        <source>What the person asks for</source>
        <translation>信访人的诉求</translation>
    </message>
    <message>
        <source>&amp;Remove petitioner</source>
        <translation>删除信访人(&amp;R)</translation>
    </message>
    <message>
        <source>Joint visit: tick the representatives the people chose, one to five.</source>
        <translation>集体访：请勾选推选的代表，1 至 5 人。</translation>
    </message>
    <message>
        <source>How it &amp;came:</source>
        <translation>信访形式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Unit concerned:</source>
        <translation>涉及单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;People who came:</source>
        <translation>来访人数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>事项内容(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Demands:</source>
        <translation>诉求(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;etitioners:</source>
        <translation>信访人(&amp;E)：</translation>
    </message>
    <message>
        <source>Record as a &amp;new matter</source>
        <translation>登记为新事项(&amp;N)</translation>
    </message>
    <message>
        <source>Petitioner {number}, {field}: {reason}</source>
        <translation>第 {number} 位信访人，{field}：{reason}</translation>
    </message>
</context>
<context>
    <name>LeaderDaysPage</name>
    <message>
        <source>{day} {weekday}</source>
        <translation>{day} {weekday}</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>起始日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>显示(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Add reception day…</source>
        <translation>添加接访日(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Book a case…</source>
        <translation>预约接访(&amp;B)…</translation>
    </message>
    <message>
        <source>A&amp;ttended</source>
        <translation>已到场(&amp;T)</translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation>未到场(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>取消预约(&amp;C)…</translation>
    </message>
    <message>
        <source>Call the day &amp;off…</source>
        <translation>取消接访日(&amp;O)…</translation>
    </message>
    <message>
        <source>R&amp;ead again</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <source>No leader reception day from {start} to {end}.</source>
        <translation>{start}至{end}没有领导接访日。</translation>
    </message>
    <message>
        <source>{leader} {post} · {day} · {place}</source>
        <translation>{leader} {post} · {day} · {place}</translation>
    </message>
    <message>
        <source>place not set</source>
        <translation>地点未定</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title}（已取消）</translation>
    </message>
    <message>
        <source>{leader}&apos;s reception day on {day} added with {slots} slots.</source>
        <translation>已添加{leader}于{day}的接访日，共{slots}个时段。</translation>
    </message>
    <message>
        <source>Case {case_no} booked at {hours}.</source>
        <translation>信访事项 {case_no} 已预约在 {hours}。</translation>
    </message>
    <message>
        <source>Case {case_no}: the petitioner came.</source>
        <translation>信访事项 {case_no}：信访人已到场。</translation>
    </message>
    <message>
        <source>Case {case_no}: the petitioner did not come.</source>
        <translation>信访事项 {case_no}：信访人未到场。</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Cancel the booking of case {case_no} at {hours}? Reason (optional):</source>
        <translation>取消信访事项 {case_no} 在 {hours} 的预约？原因（可不填）：</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>取消预约(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>The booking of case {case_no} is cancelled.</source>
        <translation>信访事项 {case_no} 的预约已取消。</translation>
    </message>
    <message>
        <source>Call the day off</source>
        <translation>取消接访日</translation>
    </message>
    <message>
        <source>Call off {leader}&apos;s reception day on {day}? Its {booked} bookings are cancelled. Reason (optional):</source>
        <translation>取消{leader}于{day}的接访日？当日{booked}个预约将一并取消。原因（可不填）：</translation>
    </message>
    <message>
        <source>Call &amp;off</source>
        <translation>取消接访日(&amp;O)</translation>
    </message>
    <message>
        <source>{leader}&apos;s reception day on {day} is called off.</source>
        <translation>{leader}于{day}的接访日已取消。</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this list as an Excel workbook, as shown (Ctrl+E)</source>
        <translation>将此列表按当前显示内容保存为 Excel 工作簿 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported {rows} rows to {path}.</source>
        <translation>已导出 {rows} 行到 {path}。</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>搜索“{text}”</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场人员</translation>
    </message>
    <message>
        <source>Waiting queue</source>
        <translation>等候队列</translation>
    </message>
    <message>
        <source>counter {number}</source>
        <translation>{number} 号窗口</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>due within {days} days</source>
        <translation>{days} 天内到期</translation>
    </message>
    <message>
        <source>Petition cases</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>接待团组</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>领导名单</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>住宿安排</translation>
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
    <name>LodgingArea</name>
    <message>
        <source>Room chart</source>
        <translation>客房房态</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>接待对象</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>客房管理</translation>
    </message>
    <message>
        <source>&amp;Reception standards…</source>
        <translation>接待标准(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lodging</source>
        <translation>住宿(&amp;L)</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;arrivals and departures…</source>
        <translation>今日抵离名单(&amp;A)…</translation>
    </message>
    <message>
        <source>{count} guests were given rooms.</source>
        <translation>已为 {count} 位客人安排住房。</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>{pages} pages were printed.</source>
        <translation>已打印 {pages} 页。</translation>
    </message>
</context>
<context>
    <name>LodgingPrints</name>
    <message>
        <source>Print {title}, or save it as a PDF?</source>
        <translation>打印{title}，还是另存为 PDF？</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>打印{title}</translation>
    </message>
    <message>
        <source>Save {title} as PDF</source>
        <translation>将{title}另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Room card {room}</source>
        <translation>{room} 房间入住卡</translation>
    </message>
    <message>
        <source>Room card {room} {guest}</source>
        <translation>入住卡-{room}-{guest}</translation>
    </message>
    <message>
        <source>Arrivals and departures {day}</source>
        <translation>{day} 抵离店名单</translation>
    </message>
    <message>
        <source>Reception list {delegation}</source>
        <translation>{delegation} 接待清单</translation>
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
        <source>Overview</source>
        <translation>总览</translation>
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
    <name>MealDialog</name>
    <message>
        <source>Edit meal</source>
        <translation>修改用餐</translation>
    </message>
    <message>
        <source>Add a meal</source>
        <translation>添加用餐</translation>
    </message>
    <message>
        <source>Working meal, welcome dinner…</source>
        <translation>工作餐、欢迎晚宴…</translation>
    </message>
    <message>
        <source>Why more accompanying staff than the limit</source>
        <translation>陪同人员超出标准的原因</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Meal:</source>
        <translation>餐次(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation>客人(&amp;G)：</translation>
    </message>
    <message>
        <source>Accompanying &amp;staff:</source>
        <translation>陪同人员(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>费用(&amp;O)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Above the limit of {limit} accompanying staff: give the reason below.</source>
        <translation>超出陪同人员上限 {limit} 人：请在下面填写原因。</translation>
    </message>
    <message>
        <source>At most {limit} accompanying staff.</source>
        <translation>陪同人员最多 {limit} 人。</translation>
    </message>
</context>
<context>
    <name>MealModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>餐次</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>陪同</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>(no reason recorded)</source>
        <translation>（未记录原因）</translation>
    </message>
    <message>
        <source>Above the limit of {limit}. Reason: {reason}</source>
        <translation>超出上限 {limit} 人。原因：{reason}</translation>
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
    <name>MoveDialog</name>
    <message>
        <source>Move {guest} to another room</source>
        <translation>为 {guest} 换房</translation>
    </message>
    <message>
        <source>Rooms free from {start} to {depart} ({nights}):</source>
        <translation>{start} 至 {depart}（{nights}）空闲的房间：</translation>
    </message>
    <message>
        <source>The guest needs: {needs}. Rooms that suit are marked ✓ and first.</source>
        <translation>客人需求：{needs}。符合需求的房间标有 ✓ 并排在前面。</translation>
    </message>
    <message>
        <source>The guest needs: {needs}. No free room suits these needs.</source>
        <translation>客人需求：{needs}。没有符合这些需求的空房。</translation>
    </message>
    <message>
        <source>No other room is free for these nights.</source>
        <translation>这几晚没有其他空闲房间。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>换房</translation>
    </message>
</context>
<context>
    <name>MoveRoomModel</name>
    <message>
        <source>accessible</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>near the lift</source>
        <translation>靠近电梯</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Suits the guest</source>
        <translation>符合需求</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>空床</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特点</translation>
    </message>
    <message>
        <source>Rate (yuan)</source>
        <translation>房价（元）</translation>
    </message>
</context>
<context>
    <name>NameCards</name>
    <message>
        <source>Name cards {title}</source>
        <translation>桌签 {title}</translation>
    </message>
</context>
<context>
    <name>NoticePrints</name>
    <message>
        <source>Print the {notice}</source>
        <translation>打印{notice}</translation>
    </message>
    <message>
        <source>{notice} {case_no}</source>
        <translation>{notice} {case_no}</translation>
    </message>
    <message>
        <source>Save the {notice} as PDF</source>
        <translation>将{notice}保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <source>Edit official</source>
        <translation>修改领导信息</translation>
    </message>
    <message>
        <source>Add official</source>
        <translation>添加领导</translation>
    </message>
    <message>
        <source>County head, deputy secretary…</source>
        <translation>县长、副书记……</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation>职级(&amp;K)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>OfficialModel</name>
    <message>
        <source>No.</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Drag within the rank, or press Ctrl+Up / Ctrl+Down, to change the order</source>
        <translation>在同一职级内拖动，或按 Ctrl+↑ / Ctrl+↓，调整排名</translation>
    </message>
</context>
<context>
    <name>OfficialsPage</name>
    <message>
        <source>An official moves only within their rank.</source>
        <translation>领导只能在本职级内调整排名。</translation>
    </message>
    <message>
        <source>&amp;Add official…</source>
        <translation>添加领导(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;inactive officials</source>
        <translation>显示已停用的领导(&amp;I)</translation>
    </message>
    <message>
        <source>The one precedence order: by rank, then the office&apos;s order within the rank. Every seating chart, list and name card follows it.</source>
        <translation>统一排名：先按职级，同一职级内按本单位确定的顺序。所有座次图、名单和桌签都以此为准。</translation>
    </message>
    <message>
        <source>{name} is now No. {place} within the rank.</source>
        <translation>{name} 现为本职级第 {place} 位。</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} 已保存。</translation>
    </message>
    <message>
        <source>Deactivate official</source>
        <translation>停用领导</translation>
    </message>
    <message>
        <source>{name} leaves the precedence order and new charts. Why? (optional)</source>
        <translation>{name} 将不再列入排名和新的座次图。原因（可不填）：</translation>
    </message>
    <message>
        <source>{name} was deactivated.</source>
        <translation>{name} 已停用。</translation>
    </message>
    <message>
        <source>{name} is active again.</source>
        <translation>{name} 已重新启用。</translation>
    </message>
</context>
<context>
    <name>OnSiteModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>票号</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>扫码签到</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes, {time}</source>
        <translation>是，{time}</translation>
    </message>
</context>
<context>
    <name>OnSitePage</name>
    <message>
        <source>Everyone today</source>
        <translation>今日全部来访</translation>
    </message>
    <message>
        <source>Show those who have left today as well</source>
        <translation>连同今日已离开的来访人员一并显示</translation>
    </message>
    <message>
        <source>Today: {people} people in {visits} visits</source>
        <translation>今日来访：{people} 人（{visits} 批来访）</translation>
    </message>
    <message>
        <source>On site now: {people} people in {visits} visits</source>
        <translation>当前在场：{people} 人（{visits} 批来访）</translation>
    </message>
    <message>
        <source>Select the visitor who left first.</source>
        <translation>请先选中已离开的来访人。</translation>
    </message>
    <message>
        <source>{name} had already left at {time}.</source>
        <translation>{name} 已于 {time} 离开。</translation>
    </message>
    <message>
        <source>{name} left at {time}.</source>
        <translation>{name} 于 {time} 离开。</translation>
    </message>
    <message>
        <source>Print the roll call</source>
        <translation>打印在场人员清点表</translation>
    </message>
    <message>
        <source>The roll call could not be printed: {reason}</source>
        <translation>清点表未能打印：{reason}</translation>
    </message>
    <message>
        <source>The roll call of {people} people went to the printer.</source>
        <translation>{people} 人的清点表已送往打印机。</translation>
    </message>
    <message>
        <source>Printing the roll call…</source>
        <translation>正在打印清点表…</translation>
    </message>
    <message>
        <source>roll-call-{time}.pdf</source>
        <translation>在场人员清点表-{time}.pdf</translation>
    </message>
    <message>
        <source>Save the roll call</source>
        <translation>保存在场人员清点表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The roll call could not be saved: {reason}</source>
        <translation>清点表未能保存：{reason}</translation>
    </message>
    <message>
        <source>The roll call of {people} people was saved to {path}.</source>
        <translation>{people} 人的清点表已保存到 {path}。</translation>
    </message>
    <message>
        <source>Saving the roll call…</source>
        <translation>正在保存清点表…</translation>
    </message>
    <message>
        <source>&amp;Departure scans: a scanned slip signs its visitor out</source>
        <translation>离开扫码(&amp;D)：扫描凭条即登记离开</translation>
    </message>
    <message>
        <source>While this is ticked, scanning a slip records that the visitor left instead of checking in</source>
        <translation>勾选后，扫描凭条将登记来访人离开，而不是签到</translation>
    </message>
    <message>
        <source>Filter by name, pinyin initials or host</source>
        <translation>按姓名、拼音首字母或拜访对象筛选</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>登记离开</translation>
    </message>
    <message>
        <source>Sign the selected visitor out: they have left the building</source>
        <translation>为选中的来访人登记离开：已离开办公楼</translation>
    </message>
    <message>
        <source>Print roll call…</source>
        <translation>打印清点表…</translation>
    </message>
    <message>
        <source>&amp;Save roll call PDF…</source>
        <translation>保存清点表 PDF(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>OnSiteRoll</name>
    <message>
        <source>On-site roll call</source>
        <translation>现场人员清点表</translation>
    </message>
    <message>
        <source>On-site roll call (continued)</source>
        <translation>现场人员清点表（续）</translation>
    </message>
    <message>
        <source>Internal document · keep confidential</source>
        <translation>内部资料 注意保密</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>打印时间 {time}</translation>
    </message>
    <message>
        <source>On site: {people} people in {visits} visits</source>
        <translation>在场 {people} 人，共 {visits} 批来访</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Nobody is on site.</source>
        <translation>现场无来访人员。</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>清点人</translation>
    </message>
    <message>
        <source>Time of count</source>
        <translation>清点时间</translation>
    </message>
    <message>
        <source>People counted</source>
        <translation>实到人数</translation>
    </message>
    <message>
        <source>{office} on-site roll call</source>
        <translation>{office}现场人员清点表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Host / department</source>
        <translation>接待人/部门</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>清点</translation>
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
    <name>OutOfOrderDialog</name>
    <message>
        <source>Room {number} out of order</source>
        <translation>{number} 房停用维修</translation>
    </message>
    <message>
        <source>Air conditioning repair, repainting…</source>
        <translation>空调维修、墙面粉刷…</translation>
    </message>
    <message>
        <source>Until further &amp;notice</source>
        <translation>另行通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Back in service on:</source>
        <translation>恢复使用日期(&amp;B)：</translation>
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
    <name>PasteDaysDialog</name>
    <message>
        <source>One day or range per line, with its name: 2027-01-01 元旦, or 2027-10-01..2027-10-07 国庆节.</source>
        <translation>每行一个日期或日期范围，后接名称，如：2027-01-01 元旦，或 2027-10-01..2027-10-07 国庆节。</translation>
    </message>
    <message>
        <source>&amp;Add days</source>
        <translation>添加(&amp;A)</translation>
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
    <name>PetitionNotice</name>
    <message>
        <source>— {page} —</source>
        <translation>— {page} —</translation>
    </message>
    <message>
        <source>{title} {case_no}</source>
        <translation>{title} {case_no}</translation>
    </message>
</context>
<context>
    <name>PetitionSettingsDialog</name>
    <message>
        <source>Petitions settings</source>
        <translation>信访设置</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>One category per line, as group/category (城乡建设/征地拆迁). Cases are filed and counted in the monthly statistics under these names.</source>
        <translation>每行一个类别，格式为“大类/小类”（如：城乡建设/征地拆迁）。信访事项按这些名称归类，并据此进行月度统计。</translation>
    </message>
    <message>
        <source>A deadline is &amp;due soon:</source>
        <translation>期限临近提醒(&amp;D)：</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>问题类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Categories and deadlines</source>
        <translation>类别与期限(&amp;C)</translation>
    </message>
    <message>
        <source>The first line is the title; each further line is a paragraph. Texts in braces are filled from the case:</source>
        <translation>第一行为标题，其后每行为一个段落。花括号中的字段将按信访事项填写：</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>告知文书(&amp;N)</translation>
    </message>
    <message>
        <source>Only the administrator can change the petitions settings.</source>
        <translation>只有管理员可以修改信访设置。</translation>
    </message>
    <message>
        <source>{notice}: {problem}</source>
        <translation>{notice}：{problem}</translation>
    </message>
</context>
<context>
    <name>PetitionTexts</name>
    <message>
        <source>{days} days overdue</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>剩 {days} 天</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已届满</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>期限充裕</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>无待办期限</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已终结</translation>
    </message>
    <message>
        <source>Joint visit</source>
        <translation>集体访</translation>
    </message>
    <message>
        <source>Repeat ×{count}</source>
        <translation>重复访 ×{count}</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已呈报领导</translation>
    </message>
    <message>
        <source>Extension asked</source>
        <translation>延期待批</translation>
    </message>
    <message>
        <source>This matter is final after re-review: it is not accepted again on the same facts and reasons.</source>
        <translation>此事项已复核终结，同一事实和理由不再受理</translation>
    </message>
</context>
<context>
    <name>PetitionerModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表</translation>
    </message>
</context>
<context>
    <name>PetitionerRowsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表</translation>
    </message>
</context>
<context>
    <name>Petitions</name>
    <message>
        <source>Write down what was said</source>
        <translation>请记录接谈内容</translation>
    </message>
    <message>
        <source>What was said has at most 8000 characters</source>
        <translation>接谈内容最多 8000 个字</translation>
    </message>
    <message>
        <source>This text has at most 2000 characters</source>
        <translation>此项最多 2000 个字</translation>
    </message>
    <message>
        <source>Choose calm, anxious, agitated or distressed</source>
        <translation>请选择平稳、焦虑、激动或情绪低落</translation>
    </message>
    <message>
        <source>This visit does not belong to the case</source>
        <translation>该次来访不属于此信访事项</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理告知书</translation>
    </message>
    <message>
        <source>Non-acceptance notice</source>
        <translation>不予受理告知书</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>延期办理告知书</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>信访事项答复意见书</translation>
    </message>
    <message>
        <source>Choose visit, letter, phone call or online</source>
        <translation>请选择来访、来信、来电或网上信访</translation>
    </message>
    <message>
        <source>The date is in the future</source>
        <translation>日期晚于今天</translation>
    </message>
    <message>
        <source>The date is before the matter was received</source>
        <translation>日期早于信访事项的收到日期</translation>
    </message>
    <message>
        <source>Enter what the matter is about</source>
        <translation>请填写信访事项的内容</translation>
    </message>
    <message>
        <source>A summary has at most 4000 characters</source>
        <translation>事项摘要最多 4000 个字</translation>
    </message>
    <message>
        <source>The demands have at most 2000 characters</source>
        <translation>诉求最多 2000 个字</translation>
    </message>
    <message>
        <source>This category is not in the office&apos;s list</source>
        <translation>该类别不在本单位的分类目录中</translation>
    </message>
    <message>
        <source>A unit&apos;s name has at most 80 characters</source>
        <translation>单位名称最多 80 个字</translation>
    </message>
    <message>
        <source>Name at least one petitioner</source>
        <translation>请至少填写一名信访人</translation>
    </message>
    <message>
        <source>The number of people is smaller than the number of petitioners named</source>
        <translation>来访人数少于所填信访人的人数</translation>
    </message>
    <message>
        <source>At least one person came</source>
        <translation>人数至少为 1</translation>
    </message>
    <message>
        <source>A joint visit of five or more people names one to five representatives</source>
        <translation>五人以上的集体访须推选一至五名代表</translation>
    </message>
    <message>
        <source>At most five representatives may be named</source>
        <translation>代表最多五名</translation>
    </message>
    <message>
        <source>An address has at most 200 characters</source>
        <translation>住址最多 200 个字</translation>
    </message>
    <message>
        <source>The same ID number is given for two petitioners</source>
        <translation>两名信访人填写了同一个身份证号</translation>
    </message>
    <message>
        <source>The same name and phone are given for two petitioners</source>
        <translation>两名信访人的姓名和电话相同</translation>
    </message>
    <message>
        <source>Petitioner {number}, {field}: {reason}</source>
        <translation>信访人 {number}，{field}：{reason}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上信访</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>复查中</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复查</translation>
    </message>
    <message>
        <source>Under re-review</source>
        <translation>复核中</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>复核终结</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Assign to a unit</source>
        <translation>交办承办单位</translation>
    </message>
    <message>
        <source>Unit objects</source>
        <translation>承办单位提出异议</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Review asked</source>
        <translation>申请复查</translation>
    </message>
    <message>
        <source>Review decided</source>
        <translation>复查答复</translation>
    </message>
    <message>
        <source>Re-review asked</source>
        <translation>申请复核</translation>
    </message>
    <message>
        <source>Re-review decided</source>
        <translation>复核答复</translation>
    </message>
    <message>
        <source>Came again</source>
        <translation>重复来访</translation>
    </message>
    <message>
        <source>Escalated to a leader</source>
        <translation>报请领导</translation>
    </message>
    <message>
        <source>Extension asked</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>延期未获批准</translation>
    </message>
    <message>
        <source>Hearing held</source>
        <translation>举行听证</translation>
    </message>
    <message>
        <source>Booked for a leader reception day</source>
        <translation>预约领导接访日</translation>
    </message>
    <message>
        <source>Leader reception booking cancelled</source>
        <translation>取消领导接访日预约</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>Anxious</source>
        <translation>焦虑</translation>
    </message>
    <message>
        <source>Agitated</source>
        <translation>激动</translation>
    </message>
    <message>
        <source>Distressed</source>
        <translation>情绪低落</translation>
    </message>
    <message>
        <source>decide on acceptance</source>
        <translation>决定是否受理</translation>
    </message>
    <message>
        <source>handle and reply</source>
        <translation>办理并答复</translation>
    </message>
    <message>
        <source>decide the review</source>
        <translation>作出复查意见</translation>
    </message>
    <message>
        <source>decide the re-review</source>
        <translation>作出复核意见</translation>
    </message>
    <message>
        <source>unit may object</source>
        <translation>承办单位异议期</translation>
    </message>
    <message>
        <source>petitioner may ask a review</source>
        <translation>信访人可申请复查</translation>
    </message>
    <message>
        <source>petitioner may ask a re-review</source>
        <translation>信访人可申请复核</translation>
    </message>
</context>
<context>
    <name>PetitionsArea</name>
    <message>
        <source>Petitions</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>Leader reception days</source>
        <translation>领导接访日</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Petitions settings…</source>
        <translation>信访设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Pe&amp;titions</source>
        <translation>信访(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>登记新事项(&amp;N)…</translation>
    </message>
    <message>
        <source>Monthly &amp;statistics…</source>
        <translation>月度统计(&amp;S)…</translation>
    </message>
    <message>
        <source>The working-day calendar lacks {years}: its holidays are not counted in the deadlines.</source>
        <translation>工作日历缺少 {years} 年：期限计算未计入其节假日。</translation>
    </message>
    <message>
        <source>The State Council announces the coming year&apos;s holidays and adjusted working days each autumn; the administrator enters them under Settings.</source>
        <translation>国务院每年秋季公布下一年的节假日和调休安排，由管理员在“设置”中录入。</translation>
    </message>
    <message>
        <source>Enter it…</source>
        <translation>去录入…</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Meals</source>
        <translation>用餐</translation>
    </message>
    <message>
        <source>Add a &amp;meal…</source>
        <translation>添加用餐(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit meal…</source>
        <translation>修改用餐…</translation>
    </message>
    <message>
        <source>Remove meal</source>
        <translation>删除用餐</translation>
    </message>
    <message>
        <source>Remove the meal “{meal}”?</source>
        <translation>删除用餐“{meal}”？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Add a &amp;car…</source>
        <translation>添加车辆(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit car…</source>
        <translation>修改车辆…</translation>
    </message>
    <message>
        <source>Remove car</source>
        <translation>删除车辆</translation>
    </message>
    <message>
        <source>Remove the car {plate}?</source>
        <translation>删除车辆 {plate}？</translation>
    </message>
    <message>
        <source>Print reception plan…</source>
        <translation>打印接待方案…</translation>
    </message>
    <message>
        <source>Reception plan {delegation}</source>
        <translation>接待方案 {delegation}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>{pages} pages were printed.</source>
        <translation>已打印 {pages} 页。</translation>
    </message>
</context>
<context>
    <name>Prints</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Serviceman</source>
        <translation>军人</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>超标准理由</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>特殊需求</translation>
    </message>
</context>
<context>
    <name>ProtocolArea</name>
    <message>
        <source>Officials</source>
        <translation>领导排名</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>座次安排</translation>
    </message>
</context>
<context>
    <name>QueueArea</name>
    <message>
        <source>Registration</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口叫号</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <source>&amp;Queue settings…</source>
        <translation>排队叫号设置(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>来访(&amp;V)</translation>
    </message>
    <message>
        <source>Scan with &amp;camera…</source>
        <translation>摄像头扫码(&amp;C)…</translation>
    </message>
    <message>
        <source>Open the &amp;display board</source>
        <translation>打开叫号显示屏(&amp;D)</translation>
    </message>
    <message>
        <source>No camera is connected to this computer.</source>
        <translation>本机未连接摄像头。</translation>
    </message>
    <message>
        <source>The display board could not be started.</source>
        <translation>叫号显示屏未能启动。</translation>
    </message>
</context>
<context>
    <name>QueueSettingsDialog</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>{priority}:</source>
        <translation>{priority}：</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 岁</translation>
    </message>
    <message>
        <source>Only the administrator can change the queue settings.</source>
        <translation>只有管理员可以修改排队设置。</translation>
    </message>
    <message>
        <source>Queue settings</source>
        <translation>排队设置</translation>
    </message>
    <message>
        <source>Services and their ticket series</source>
        <translation>业务及其票号序列</translation>
    </message>
    <message>
        <source>Add &amp;service</source>
        <translation>添加业务(&amp;S)</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>删除业务</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Series served: letters in the order the counter calls from, such as A,C.</source>
        <translation>办理的业务序列：按窗口叫号的先后顺序填写字母，如 A,C。</translation>
    </message>
    <message>
        <source>Add &amp;counter</source>
        <translation>添加窗口(&amp;C)</translation>
    </message>
    <message>
        <source>Remove counter</source>
        <translation>删除窗口</translation>
    </message>
    <message>
        <source>Priority head start</source>
        <translation>优先提前量</translation>
    </message>
    <message>
        <source>Minutes counted as already waited. Priority shortens the wait but never lets a class jump the whole queue.</source>
        <translation>视为已等候的分钟数。优先可缩短等候，但不会让某一类别越过整个队列。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Recalls before a no-show:</source>
        <translation>过号前重呼次数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Elderly from age:</source>
        <translation>老年人年龄起点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Appointment series:</source>
        <translation>预约业务序列(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Grace for late appointments:</source>
        <translation>预约迟到宽限(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Default service time:</source>
        <translation>默认办理时长(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>Ranks</name>
    <message>
        <source>National level, chief</source>
        <translation>国家级正职</translation>
    </message>
    <message>
        <source>National level, deputy</source>
        <translation>国家级副职</translation>
    </message>
    <message>
        <source>Provincial or ministerial, chief</source>
        <translation>省部级正职</translation>
    </message>
    <message>
        <source>Provincial or ministerial, deputy</source>
        <translation>省部级副职</translation>
    </message>
    <message>
        <source>Bureau level, chief</source>
        <translation>厅局级正职</translation>
    </message>
    <message>
        <source>Bureau level, deputy</source>
        <translation>厅局级副职</translation>
    </message>
    <message>
        <source>County or division level, chief</source>
        <translation>县处级正职</translation>
    </message>
    <message>
        <source>County or division level, deputy</source>
        <translation>县处级副职</translation>
    </message>
    <message>
        <source>Section level, chief</source>
        <translation>乡科级正职</translation>
    </message>
    <message>
        <source>Section level, deputy</source>
        <translation>乡科级副职</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>科员</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>其他人员</translation>
    </message>
</context>
<context>
    <name>ReceptionDayModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>接访领导</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{booked} of {slots}</source>
        <translation>{booked}/{slots}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ReceptionList</name>
    <message>
        <source>Reception list</source>
        <translation>接待清单</translation>
    </message>
    <message>
        <source>Reception list {delegation}</source>
        <translation>接待清单 {delegation}</translation>
    </message>
    <message>
        <source>This delegation&apos;s visit was cancelled.</source>
        <translation>该团组来访已取消。</translation>
    </message>
    <message>
        <source>Visiting unit</source>
        <translation>来访单位</translation>
    </message>
    <message>
        <source>Inviting letter</source>
        <translation>公函文号</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>接待日期</translation>
    </message>
    <message>
        <source>{arrive} to {depart}</source>
        <translation>{arrive} 至 {depart}</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Drawn up</source>
        <translation>制表日期</translation>
    </message>
    <message>
        <source>Guests received</source>
        <translation>接待对象</translation>
    </message>
    <message>
        <source>No guests are listed.</source>
        <translation>未登记来访人员。</translation>
    </message>
    <message>
        <source>Programme and costs</source>
        <translation>活动安排及费用</translation>
    </message>
    <message>
        <source>No programme lines.</source>
        <translation>无活动安排。</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <source>No stays.</source>
        <translation>无住宿。</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Total cost: {total}</source>
        <translation>费用合计：{total}</translation>
    </message>
    <message>
        <source>programme {programme}, lodging {lodging}</source>
        <translation>其中活动 {programme}，住宿 {lodging}</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source>(head)</source>
        <translation>（团长）</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Rate (yuan a night)</source>
        <translation>房价（元/晚）</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间数</translation>
    </message>
    <message>
        <source>Room-nights</source>
        <translation>间夜数</translation>
    </message>
</context>
<context>
    <name>ReceptionPlan</name>
    <message>
        <source>Room {room} for {guest} is above the standard. Reason: {reason}</source>
        <translation>{guest} 入住的 {room} 房间超标准。理由：{reason}</translation>
    </message>
    <message>
        <source>Meal on {time} at {place}: {staff} accompanying staff for {guests} guests, above the limit of {limit}. Reason: {reason}</source>
        <translation>{time} 在{place}用餐：客人 {guests} 人，陪同人员 {staff} 人，超过 {limit} 人的限额。理由：{reason}</translation>
    </message>
    <message>
        <source>(no reason recorded)</source>
        <translation>（未记录理由）</translation>
    </message>
    <message>
        <source>The cars have {seats} seats for {people} guests.</source>
        <translation>车辆共 {seats} 个座位，客人有 {people} 人。</translation>
    </message>
    <message>
        <source>Reception plan</source>
        <translation>接待方案</translation>
    </message>
    <message>
        <source>Reception plan {delegation}</source>
        <translation>接待方案 {delegation}</translation>
    </message>
    <message>
        <source>This delegation&apos;s visit was cancelled.</source>
        <translation>该团组的来访已取消。</translation>
    </message>
    <message>
        <source>Visiting unit</source>
        <translation>来访单位</translation>
    </message>
    <message>
        <source>Inviting letter</source>
        <translation>公函</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>{arrive} to {depart}</source>
        <translation>{arrive} 至 {depart}</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Drawn up</source>
        <translation>制表日期</translation>
    </message>
    <message>
        <source>Exceptions to the standards</source>
        <translation>超标准事项</translation>
    </message>
    <message>
        <source>Guests received</source>
        <translation>接待对象</translation>
    </message>
    <message>
        <source>No guests are listed.</source>
        <translation>未列客人。</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>日程安排</translation>
    </message>
    <message>
        <source>No programme lines.</source>
        <translation>无日程安排。</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>用餐安排</translation>
    </message>
    <message>
        <source>No meals are planned.</source>
        <translation>未安排用餐。</translation>
    </message>
    <message>
        <source>{staff} (at most {limit})</source>
        <translation>{staff}（至多 {limit}）</translation>
    </message>
    <message>
        <source>{staff} (at most {limit}) — above the limit</source>
        <translation>{staff}（至多 {limit}）— 超过限额</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆安排</translation>
    </message>
    <message>
        <source>No vehicles are planned.</source>
        <translation>未安排车辆。</translation>
    </message>
    <message>
        <source>The whole visit</source>
        <translation>全程</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>住宿安排</translation>
    </message>
    <message>
        <source>No stays.</source>
        <translation>无住宿。</translation>
    </message>
    <message>
        <source>Above the standard: {reason}</source>
        <translation>超标准：{reason}</translation>
    </message>
    <message>
        <source>Seating charts</source>
        <translation>座次图</translation>
    </message>
    <message>
        <source>No seating charts.</source>
        <translation>无座次图。</translation>
    </message>
    <message>
        <source>(head)</source>
        <translation>（团长）</translation>
    </message>
    <message>
        <source>Meals: {total} yuan</source>
        <translation>用餐合计：{total} 元</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <source>Accompanying staff</source>
        <translation>陪餐人数</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>超标准说明</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>The database did not answer; nothing was registered. Try again.</source>
        <translation>数据库暂无响应，未登记。请再试一次。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>Aged {age}: the ticket gets the elderly priority.</source>
        <translation>年龄 {age} 岁：号码将按老年人优先。</translation>
    </message>
    <message>
        <source>Phone on file: {phone}. Type a number only if it changed.</source>
        <translation>已登记电话 {phone}；号码有变化时才需重新输入。</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>{name} · {service}</source>
        <translation>{name} · {service}</translation>
    </message>
    <message>
        <source>Appointment {day} at {time}</source>
        <translation>预约 {day} {time}</translation>
    </message>
    <message>
        <source>On the day, the visitor checks in by scanning the slip.</source>
        <translation>来访当天扫描凭条即可签到。</translation>
    </message>
    <message>
        <source>No one ahead</source>
        <translation>前面没有人</translation>
    </message>
    <message>
        <source>People ahead: {count}</source>
        <translation>前面还有 {count} 人</translation>
    </message>
    <message>
        <source>Served right away</source>
        <translation>马上办理</translation>
    </message>
    <message>
        <source>Estimated wait: about {minutes} min</source>
        <translation>预计等候约 {minutes} 分钟</translation>
    </message>
    <message>
        <source>The next visitor&apos;s ticket appears here.</source>
        <translation>登记后，号码显示在这里。</translation>
    </message>
    <message>
        <source>Sending slip {ticket} to the printer…</source>
        <translation>正在打印凭条 {ticket}…</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
    <message>
        <source>Slip {ticket} printed.</source>
        <translation>凭条 {ticket} 已打印。</translation>
    </message>
    <message>
        <source>The choice applies until the desk closes; it could not be saved.</source>
        <translation>此设置无法保存，仅在本次运行期间有效。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签离</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>新来访登记</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name, pinyin or initials (zs) to find a returning visitor</source>
        <translation>输入姓名、拼音或首字母（如 zs）可查找老访客</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>来访事由(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Host or department:</source>
        <translation>被访人/部门(&amp;H)：</translation>
    </message>
    <message>
        <source>Part&amp;y size:</source>
        <translation>来访人数(&amp;Y)：</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>优先类别(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>办理业务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>预约(&amp;A)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Ctrl+Enter registers from any field</source>
        <translation>在任一栏按 Ctrl+Enter 即可登记</translation>
    </message>
    <message>
        <source>Print the slip au&amp;tomatically after registering</source>
        <translation>登记后自动打印凭条(&amp;T)</translation>
    </message>
    <message>
        <source>Print slip (Ctrl+P)</source>
        <translation>打印凭条 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>S&amp;can or type slip code:</source>
        <translation>扫码或输入凭条码(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Daily report</source>
        <translation>接待工作日报</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>接待工作月报</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>保存为 Word(&amp;W)…</translation>
    </message>
    <message>
        <source>The report covers what your role may read; names are masked. Making it is recorded in the audit log.</source>
        <translation>报表只包含您的角色可查看的内容，人员姓名均已遮挡；生成报表将记入审计日志。</translation>
    </message>
    <message>
        <source>Monthly report {month}</source>
        <translation>接待工作月报 {month}</translation>
    </message>
    <message>
        <source>Daily report {day}</source>
        <translation>接待工作日报 {day}</translation>
    </message>
    <message>
        <source>{pages} pages were printed.</source>
        <translation>已打印 {pages} 页。</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <source>Save {title} as a Word file</source>
        <translation>将{title}保存为 Word 文件</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Daily report…</source>
        <translation>接待工作日报(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>接待工作月报(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>ReturningModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次来访</translation>
    </message>
    <message>
        <source>Last visit {time}</source>
        <translation>上次来访 {time}</translation>
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
    <name>RoomCard</name>
    <message>
        <source>Room card</source>
        <translation>入住卡</translation>
    </message>
    <message>
        <source>Room card {room} {guest}</source>
        <translation>入住卡 {room} {guest}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Building {building} · floor {floor}</source>
        <translation>{building}号楼 · {floor}层</translation>
    </message>
    <message>
        <source>{building} · floor {floor}</source>
        <translation>{building} · {floor}层</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离店</translation>
    </message>
    <message>
        <source>{nights} nights</source>
        <translation>{nights}晚</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>早餐</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>退房</translation>
    </message>
    <message>
        <source>by {time} on the day of departure</source>
        <translation>离店当日 {time} 前</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>所属团组</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>特别关照</translation>
    </message>
    <message>
        <source>{year}-{month:02d}-{day:02d} {weekday}</source>
        <translation>{year}年{month}月{day}日 {weekday}</translation>
    </message>
</context>
<context>
    <name>RoomChartPage</name>
    <message>
        <source>%n night(s)</source>
        <translation>%n晚</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>超标准理由</translation>
    </message>
    <message>
        <source>{message}

The reason is recorded with the stay:</source>
        <translation>{message}

理由将随入住记录保存：</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>办理入住(&amp;I)…</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>办理退房(&amp;O)…</translation>
    </message>
    <message>
        <source>+1 night</source>
        <translation>续住一晚</translation>
    </message>
    <message>
        <source>One night more (Shift+Right or +)</source>
        <translation>多住一晚（Shift+→ 或 +）</translation>
    </message>
    <message>
        <source>−1 night</source>
        <translation>少住一晚</translation>
    </message>
    <message>
        <source>One night less (Shift+Left or -)</source>
        <translation>少住一晚（Shift+← 或 -）</translation>
    </message>
    <message>
        <source>&amp;Move to another room…</source>
        <translation>换房(&amp;M)…</translation>
    </message>
    <message>
        <source>Cancel the stay…</source>
        <translation>取消预订…</translation>
    </message>
    <message>
        <source>&amp;Book a guest…</source>
        <translation>预订入住(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Print room card…</source>
        <translation>打印入住卡(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;This month</source>
        <translation>本月(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go to a date</source>
        <translation>跳至日期(&amp;G)</translation>
    </message>
    <message>
        <source>‹ Previous month</source>
        <translation>‹ 上月</translation>
    </message>
    <message>
        <source>Previous month (PageUp in the chart)</source>
        <translation>上月（在房态图中按 PageUp）</translation>
    </message>
    <message>
        <source>Next month ›</source>
        <translation>下月 ›</translation>
    </message>
    <message>
        <source>Next month (PageDown in the chart)</source>
        <translation>下月（在房态图中按 PageDown）</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>跳至：</translation>
    </message>
    <message>
        <source>Any building</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Any floor</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>全部房型</translation>
    </message>
    <message>
        <source>&amp;Free from</source>
        <translation>空闲自(&amp;F)</translation>
    </message>
    <message>
        <source>B&amp;uilding:</source>
        <translation>楼栋(&amp;U)：</translation>
    </message>
    <message>
        <source>F&amp;loor:</source>
        <translation>楼层(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>房型(&amp;Y)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Filled bar: in house</source>
        <translation>实色：在住</translation>
    </message>
    <message>
        <source>Light bar: booked</source>
        <translation>浅色：已预订</translation>
    </message>
    <message>
        <source>Dashed: departed</source>
        <translation>虚线：已离店</translation>
    </message>
    <message>
        <source>Orange dot: the guest has needs</source>
        <translation>橙点：客人有特殊需求</translation>
    </message>
    <message>
        <source>No room is shown.</source>
        <translation>没有显示的房间。</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Room {number}, bed {bed}</source>
        <translation>{number} 房，{bed} 号床</translation>
    </message>
    <message>
        <source>{type} · floor {floor}</source>
        <translation>{type} · {floor}层</translation>
    </message>
    <message>
        <source>Night of {day}</source>
        <translation>{day} 当晚</translation>
    </message>
    <message>
        <source>Ctrl+B or Enter: book a guest here.</source>
        <translation>按 Ctrl+B 或回车：在此预订入住。</translation>
    </message>
    <message>
        <source>Not in a delegation</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Room {number}, bed {bed} · {rank}</source>
        <translation>{number} 房，{bed} 号床 · {rank}</translation>
    </message>
    <message>
        <source>{arrive} → {depart} · {nights}</source>
        <translation>{arrive} → {depart} · {nights}</translation>
    </message>
    <message>
        <source>Above the standard: {reason}</source>
        <translation>超标准：{reason}</translation>
    </message>
    <message>
        <source>The guest is already in: only the room and the departure can change.</source>
        <translation>客人已入住：只能更改房间和离店日期。</translation>
    </message>
    <message>
        <source>A stay needs at least one night.</source>
        <translation>入住至少一晚。</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>未更改：{reason}</translation>
    </message>
    <message>
        <source>{guest} now leaves on {depart} ({nights}).</source>
        <translation>{guest} 改为 {depart} 离店（{nights}）。</translation>
    </message>
    <message>
        <source>{guest}: room {room}, {arrive} to {depart}.</source>
        <translation>{guest}：{room} 房，{arrive} 至 {depart}。</translation>
    </message>
    <message>
        <source>Mind the guest&apos;s needs:
{needs}</source>
        <translation>请留意客人的特殊需求：
{needs}</translation>
    </message>
    <message>
        <source>No special needs are on file.</source>
        <translation>未登记特殊需求。</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>办理入住</translation>
    </message>
    <message>
        <source>Check in {guest} to room {room}, bed {bed}?</source>
        <translation>为 {guest} 办理入住 {room} 房 {bed} 号床？</translation>
    </message>
    <message>
        <source>{guest} is checked in to room {room}.</source>
        <translation>{guest} 已入住 {room} 房。</translation>
    </message>
    <message>
        <source>The room is then to be cleaned.</source>
        <translation>退房后房间待清扫。</translation>
    </message>
    <message>
        <source>Booked until {depart}: the nights from {today} are freed. {then}</source>
        <translation>原订住至 {depart}：自 {today} 起的房晚将释放。{then}</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>办理退房</translation>
    </message>
    <message>
        <source>Check out {guest} from room {room}?</source>
        <translation>为 {guest} 办理 {room} 房退房？</translation>
    </message>
    <message>
        <source>{guest} has checked out; room {room} is to be cleaned.</source>
        <translation>{guest} 已退房；{room} 房待清扫。</translation>
    </message>
    <message>
        <source>Cancel the stay</source>
        <translation>取消预订</translation>
    </message>
    <message>
        <source>Cancel the booking of {guest} in room {room} from {arrive}?</source>
        <translation>取消 {guest} 自 {arrive} 起在 {room} 房的预订？</translation>
    </message>
    <message>
        <source>The bed is freed for these nights.</source>
        <translation>这几晚的床位将释放。</translation>
    </message>
    <message>
        <source>The booking of {guest} is cancelled.</source>
        <translation>{guest} 的预订已取消。</translation>
    </message>
    <message>
        <source>The stay ends today: there is nothing to move.</source>
        <translation>入住今日结束：无需换房。</translation>
    </message>
    <message>
        <source>{guest} moves to room {room}.</source>
        <translation>{guest} 已换至 {room} 房。</translation>
    </message>
    <message>
        <source>{guest} is booked in room {room} from {arrive} to {depart}.</source>
        <translation>已为 {guest} 预订 {room} 房，{arrive} 至 {depart}。</translation>
    </message>
</context>
<context>
    <name>RoomChartView</name>
    <message>
        <source>clean</source>
        <translation>空净</translation>
    </message>
    <message>
        <source>to clean</source>
        <translation>待扫</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>%n bed(s)</source>
        <translation>%n床</translation>
    </message>
    <message>
        <source>Bldg {building}</source>
        <translation>{building}号楼</translation>
    </message>
    <message>
        <source>{guest} · {delegation}</source>
        <translation>{guest} · {delegation}</translation>
    </message>
    <message>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <source>Room chart</source>
        <translation>房态图</translation>
    </message>
    <message>
        <source>{arrive}–{depart}</source>
        <translation>{arrive}–{depart}</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>{type} · {beds}</source>
        <translation>{type} · {beds}</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>未移动：{reason}</translation>
    </message>
    <message>
        <source>{guest} to room {room}, {arrive}–{depart}</source>
        <translation>{guest} 改至 {room} 房，{arrive}–{depart}</translation>
    </message>
    <message>
        <source>{what}: refused. {reason}</source>
        <translation>{what}：不可。{reason}</translation>
    </message>
    <message>
        <source>{what}: above the reception standard, a reason will be asked.</source>
        <translation>{what}：超出接待标准，将要求填写理由。</translation>
    </message>
    <message>
        <source>{what}: free.</source>
        <translation>{what}：可安排。</translation>
    </message>
    <message>
        <source>Room {number} · {building}</source>
        <translation>{number} 房 · {building}</translation>
    </message>
    <message>
        <source>{type} · {beds} beds · floor {floor}</source>
        <translation>{type} · {beds}床 · {floor}层</translation>
    </message>
    <message>
        <source>Today: {status}</source>
        <translation>今日：{status}</translation>
    </message>
    <message>
        <source>Out of order from {start}: {reason}</source>
        <translation>自 {start} 起停用：{reason}</translation>
    </message>
    <message>
        <source>{arrive} to {depart} · {nights}</source>
        <translation>{arrive} 至 {depart} · {nights}</translation>
    </message>
    <message>
        <source>Has needs: see the panel</source>
        <translation>有特殊需求：见右侧</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month}月</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Edit room {number}</source>
        <translation>编辑 {number} 房</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>添加房间</translation>
    </message>
    <message>
        <source>301</source>
        <translation>301</translation>
    </message>
    <message>
        <source>From the number</source>
        <translation>按房号推断</translation>
    </message>
    <message>
        <source>&amp;Accessible</source>
        <translation>无障碍(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quiet side</source>
        <translation>安静一侧(&amp;Q)</translation>
    </message>
    <message>
        <source>Near the &amp;lift</source>
        <translation>靠近电梯(&amp;L)</translation>
    </message>
    <message>
        <source> yuan a night</source>
        <translation> 元/晚</translation>
    </message>
    <message>
        <source>Room &amp;number:</source>
        <translation>房号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>楼层(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>房型(&amp;T)：</translation>
    </message>
    <message>
        <source>B&amp;eds:</source>
        <translation>床位(&amp;E)：</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>特点：</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>房价(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>RoomModel</name>
    <message>
        <source>Building {building}</source>
        <translation>{building}号楼</translation>
    </message>
    <message>
        <source>Accessible</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Quiet side</source>
        <translation>安静一侧</translation>
    </message>
    <message>
        <source>Near the lift</source>
        <translation>靠近电梯</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{reason} (from {start})</source>
        <translation>{reason}（自 {start} 起）</translation>
    </message>
    <message>
        <source>{reason} ({start} to {end})</source>
        <translation>{reason}（{start} 至 {end}）</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特点</translation>
    </message>
    <message>
        <source>Rate (yuan)</source>
        <translation>房价（元）</translation>
    </message>
    <message>
        <source>Status today</source>
        <translation>今日房态</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>停用维修</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <source>Standard room</source>
        <translation>标准间</translation>
    </message>
    <message>
        <source>Single room</source>
        <translation>单人间</translation>
    </message>
    <message>
        <source>Ordinary suite</source>
        <translation>普通套间</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>套间</translation>
    </message>
    <message>
        <source>Vacant, clean</source>
        <translation>空房（已清扫）</translation>
    </message>
    <message>
        <source>Vacant, to be cleaned</source>
        <translation>空房（待清扫）</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>停用维修</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>&amp;Add room…</source>
        <translation>添加房间(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark &amp;clean</source>
        <translation>标记已清扫(&amp;C)</translation>
    </message>
    <message>
        <source>Mark to be cleaned</source>
        <translation>标记待清扫</translation>
    </message>
    <message>
        <source>&amp;Out of order…</source>
        <translation>停用维修(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back in service</source>
        <translation>恢复使用(&amp;B)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>全部房型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>B&amp;uilding:</source>
        <translation>楼栋(&amp;U)：</translation>
    </message>
    <message>
        <source>F&amp;loor:</source>
        <translation>楼层(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>房型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Any building</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Any floor</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>{rooms} rooms · {free} ready · {dirty} to be cleaned</source>
        <translation>共 {rooms} 间 · 可入住 {free} 间 · 待清扫 {dirty} 间</translation>
    </message>
    <message>
        <source>Room {number} added.</source>
        <translation>已添加 {number} 房。</translation>
    </message>
    <message>
        <source>Room {number} saved.</source>
        <translation>{number} 房已保存。</translation>
    </message>
    <message>
        <source>Room {number} is clean.</source>
        <translation>{number} 房已清扫。</translation>
    </message>
    <message>
        <source>Room {number} is to be cleaned.</source>
        <translation>{number} 房待清扫。</translation>
    </message>
    <message>
        <source>Room {number} is out of order.</source>
        <translation>{number} 房已停用维修。</translation>
    </message>
    <message>
        <source>Room {number} is back in service.</source>
        <translation>{number} 房已恢复使用。</translation>
    </message>
</context>
<context>
    <name>ScanDesk</name>
    <message>
        <source>The database did not answer. Scan the slip again in a moment.</source>
        <translation>数据库暂无响应，请稍后再扫一次。</translation>
    </message>
</context>
<context>
    <name>ScanOutcomeView</name>
    <message>
        <source>Sign out (leave)</source>
        <translation>签离</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Ticket {ticket}</source>
        <translation>号码 {ticket}</translation>
    </message>
    <message>
        <source>Visiting {host}</source>
        <translation>拜访 {host}</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到成功</translation>
    </message>
    <message>
        <source>Signed out at {time}</source>
        <translation>已于 {time} 签离</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>已于 {time} 签到过</translation>
    </message>
    <message>
        <source>Already left at {time}</source>
        <translation>已于 {time} 离开</translation>
    </message>
    <message>
        <source>Not checked in yet: nobody signed out</source>
        <translation>尚未签到，未作签离</translation>
    </message>
    <message>
        <source>It was valid on {day}.</source>
        <translation>仅限 {day} 当天有效。</translation>
    </message>
    <message>
        <source>This slip has expired</source>
        <translation>凭条已过期</translation>
    </message>
    <message>
        <source>It is for {day} at {time}.</source>
        <translation>预约时间为 {day} {time}。</translation>
    </message>
    <message>
        <source>This slip is not for today</source>
        <translation>不是今天的凭条</translation>
    </message>
    <message>
        <source>Not a slip of this office</source>
        <translation>不是本单位的凭条</translation>
    </message>
    <message>
        <source>The code is not a valid slip, or it was altered. Nothing was recorded.</source>
        <translation>此码不是有效凭条，或已被改动。未作任何记录。</translation>
    </message>
    <message>
        <source>The scan could not be handled</source>
        <translation>扫码未能处理</translation>
    </message>
</context>
<context>
    <name>ScreenHitModel</name>
    <message>
        <source>Case</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>{name} · last visit {day}</source>
        <translation>{name} · 最近来访 {day}</translation>
    </message>
    <message>
        <source>Same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>Same name and phone</source>
        <translation>姓名和电话相同</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>姓名相同</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <source>Earlier matters</source>
        <translation>以往信访事项</translation>
    </message>
    <message>
        <source>&amp;Link as a repeat visit</source>
        <translation>作为重复访关联(&amp;L)</translation>
    </message>
    <message>
        <source>The person came again about the chosen matter: record a repeat visit of it instead of a new matter.</source>
        <translation>来访人就所选事项再次来访：记为该事项的重复访，不登记新事项。</translation>
    </message>
    <message>
        <source>Earlier matters could not be looked up.</source>
        <translation>无法查询以往信访事项。</translation>
    </message>
    <message>
        <source>No earlier matter of this person: a new matter.</source>
        <translation>此人没有以往信访事项：按新事项登记。</translation>
    </message>
    <message>
        <source>{count} earlier matters. If the person came about one of them, choose it and link the visit; otherwise record a new matter.</source>
        <translation>以往信访事项 {count} 件。如来访人就其中某件再次来访，请选中并关联；否则登记为新事项。</translation>
    </message>
    <message>
        <source>{cases}: {notice}</source>
        <translation>{cases}：{notice}</translation>
    </message>
    <message>
        <source>Type a petitioner&apos;s ID number, or name and phone: their earlier matters appear here.</source>
        <translation>输入信访人的身份证号，或姓名和电话，其以往信访事项将显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Link as a repeat visit of {case}</source>
        <translation>作为 {case} 的重复访关联(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Seating</name>
    <message>
        <source>Swapping {first} and {second} puts someone above a person who precedes them.</source>
        <translation>调换 {first} 与 {second} 的座位后，有人坐在排名在其前面的人之上。</translation>
    </message>
    <message>
        <source>Swapping {first} and {second} seats someone on the other side&apos;s seats.</source>
        <translation>调换 {first} 与 {second} 的座位后，有人坐到了对方的座位上。</translation>
    </message>
    <message>
        <source>Domestic: the left is senior</source>
        <translation>国内惯例：以左为尊</translation>
    </message>
    <message>
        <source>International: the right is senior</source>
        <translation>国际惯例：以右为尊</translation>
    </message>
    <message>
        <source>Meeting with a podium</source>
        <translation>主席台会议</translation>
    </message>
    <message>
        <source>Banquet</source>
        <translation>宴会</translation>
    </message>
    <message>
        <source>Meeting table</source>
        <translation>会谈桌</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>乘车</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>合影</translation>
    </message>
    <message>
        <source>Host side</source>
        <translation>主方</translation>
    </message>
    <message>
        <source>Guest side</source>
        <translation>客方</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主人</translation>
    </message>
    <message>
        <source>Deputy host</source>
        <translation>副主人</translation>
    </message>
    <message>
        <source>Guest {number}</source>
        <translation>客人{number}</translation>
    </message>
    <message>
        <source>Staff {number}</source>
        <translation>陪同{number}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>{number}号</translation>
    </message>
    <message>
        <source>As seen from the audience, facing the podium</source>
        <translation>从台下看，面向主席台</translation>
    </message>
    <message>
        <source>As seen from the camera, facing the group</source>
        <translation>从相机看，面向合影人员</translation>
    </message>
    <message>
        <source>As seen from above, the door at the bottom</source>
        <translation>从上方看，门在下方</translation>
    </message>
    <message>
        <source>As seen from above, the front of the car at the top</source>
        <translation>从上方看，车头在上方</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>客人人数</translation>
    </message>
    <message>
        <source>people on the host side</source>
        <translation>主方人数</translation>
    </message>
    <message>
        <source>seats in a row</source>
        <translation>每排座位数</translation>
    </message>
    <message>
        <source>{staff} accompanying for {guests} guests (at most {limit})</source>
        <translation>客人 {guests} 人，陪同 {staff} 人（最多 {limit} 人）</translation>
    </message>
</context>
<context>
    <name>SeatingChart</name>
    <message>
        <source>Seating chart {title}</source>
        <translation>座次图 {title}</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>台下</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机位置</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>主席台</translation>
    </message>
    <message>
        <source>Front row</source>
        <translation>前排</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>第 {number} 排</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>门</translation>
    </message>
    <message>
        <source>Main table</source>
        <translation>主桌</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>第 {number} 桌</translation>
    </message>
    <message>
        <source>Front of the car</source>
        <translation>车头</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Accompanying staff: {check}, within the limit.</source>
        <translation>陪餐人数：{check}，未超过限额。</translation>
    </message>
    <message>
        <source>Accompanying staff: {check}, ABOVE the limit.</source>
        <translation>陪餐人数：{check}，超过限额！</translation>
    </message>
    <message>
        <source>* {seat} {name}: moved from the precedence order. {reason}</source>
        <translation>* {seat} {name}：未按排名就座。{reason}</translation>
    </message>
    <message>
        <source>The chart has not been computed: seats are not final.</source>
        <translation>座次尚未排定，座位不是最终安排。</translation>
    </message>
    <message>
        <source>Not seated: {names}</source>
        <translation>未安排座位：{names}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>打印时间 {time}</translation>
    </message>
</context>
<context>
    <name>SeatingLinkModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>已排座</translation>
    </message>
    <message>
        <source>Not yet seated</source>
        <translation>尚未排座</translation>
    </message>
</context>
<context>
    <name>SeatingPage</name>
    <message>
        <source>&amp;New seating…</source>
        <translation>新建座次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Compute again</source>
        <translation>重新排座(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>打印座次图(&amp;P)…</translation>
    </message>
    <message>
        <source>Name &amp;cards…</source>
        <translation>桌签(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a seating on the left, or press Ctrl+N to make one.</source>
        <translation>请在左侧选择一项座次安排，或按 Ctrl+N 新建。</translation>
    </message>
    <message>
        <source>Too many accompanying staff: {check}</source>
        <translation>陪同人员超标：{check}</translation>
    </message>
    <message>
        <source>The chart is not computed: press Compute again.</source>
        <translation>座次图尚未生成：请点“重新排座”。</translation>
    </message>
    <message>
        <source>Without a seat: {names}</source>
        <translation>未安排座位：{names}</translation>
    </message>
    <message>
        <source>Some seats do not follow the precedence order (swapped).</source>
        <translation>部分座位未按排名安排（已调换）。</translation>
    </message>
    <message>
        <source>The chart was computed from the precedence order.</source>
        <translation>已按排名生成座次图。</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>Delete the seating {title} and its chart?</source>
        <translation>删除座次安排“{title}”及其座次图？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The seats were left as they were.</source>
        <translation>座位未作调整。</translation>
    </message>
    <message>
        <source>Swapped; the reason is kept: {reason}</source>
        <translation>已调换，原因已记录：{reason}</translation>
    </message>
    <message>
        <source>Swapped.</source>
        <translation>已调换。</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>{pages} pages were printed.</source>
        <translation>已打印 {pages} 页。</translation>
    </message>
</context>
<context>
    <name>SeatingPrints</name>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Seating chart {event}</source>
        <translation>座次图 {event}</translation>
    </message>
    <message>
        <source>Name cards {event}</source>
        <translation>桌签 {event}</translation>
    </message>
</context>
<context>
    <name>SeriesModel</name>
    <message>
        <source>Series</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Called today</source>
        <translation>今日已叫号</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务名称</translation>
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
<context>
    <name>Slip</name>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <source>{count} people ahead of you</source>
        <translation>前面还有 {count} 人</translation>
    </message>
    <message>
        <source>Appointment {time}</source>
        <translation>预约时段 {time}</translation>
    </message>
    <message>
        <source>Please listen for your number. Scan this slip to check in and when you leave.</source>
        <translation>请留意叫号，凭此凭条扫码签到/离开</translation>
    </message>
    <message>
        <source>Slip {ticket}</source>
        <translation>凭条 {ticket}</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Slip {ticket}</source>
        <translation>凭条 {ticket}</translation>
    </message>
    <message>
        <source>Slip-{ticket}.pdf</source>
        <translation>凭条-{ticket}.pdf</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>将凭条另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <source>Reception standards</source>
        <translation>接待标准</translation>
    </message>
    <message>
        <source>Least rank for each room type</source>
        <translation>各房型的最低职级</translation>
    </message>
    <message>
        <source>A guest of the rank chosen or above may have the room type within the standard; a room above a guest&apos;s standard needs a recorded reason.</source>
        <translation>所选职级及以上的客人可按标准安排该房型；高于标准安排房间须记录理由。</translation>
    </message>
    <message>
        <source>{room_type}:</source>
        <translation>{room_type}：</translation>
    </message>
    <message>
        <source>A room to themselves from:</source>
        <translation>单独住一间的最低职级：</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>such as 07:00–09:00</source>
        <translation>例如 07:00–09:00</translation>
    </message>
    <message>
        <source>Delegations &amp;arrive at:</source>
        <translation>团组抵达时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Check-out by:</source>
        <translation>退房时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Breakfast:</source>
        <translation>早餐时间(&amp;B)：</translation>
    </message>
    <message>
        <source>Checklist of every new delegation</source>
        <translation>新团组的默认准备事项</translation>
    </message>
    <message>
        <source>A&amp;dd task</source>
        <translation>添加事项(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>删除事项(&amp;R)</translation>
    </message>
    <message>
        <source>Only the administrator can change the reception standards.</source>
        <translation>只有系统管理员可以修改接待标准。</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>{number}%</source>
        <translation>{number}%</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{first} {next}</source>
        <translation>{first}{next}</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}件）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{month}: registered {received}, accepted {accepted}, not accepted {not_accepted}.</source>
        <translation>{month}共登记信访事项{received}件，受理{accepted}件，不予受理{not_accepted}件。</translation>
    </message>
    <message>
        <source>{month}: no matter registered or decided.</source>
        <translation>{month}未登记信访事项，也未作出受理决定。</translation>
    </message>
    <message>
        <source>Replied: {replied}, {on_time} of them within the time limit (on-time rate {rate}).</source>
        <translation>办结{replied}件，其中按期办结{on_time}件，按期办结率{rate}。</translation>
    </message>
    <message>
        <source>No reply was given, so there is no on-time rate.</source>
        <translation>本月无办结事项，不计算按期办结率。</translation>
    </message>
    <message>
        <source>Open and past the deadline: {overdue}, to be hurried on.</source>
        <translation>超期未办结{overdue}件，需加强督办。</translation>
    </message>
    <message>
        <source>No open matter is past its deadline.</source>
        <translation>无超期未办结事项。</translation>
    </message>
    <message>
        <source>Repeat visits: {repeat}; joint visits: {joint}.</source>
        <translation>接待重复访{repeat}次、集体访{joint}批次。</translation>
    </message>
    <message>
        <source>Most often raised: {list}.</source>
        <translation>反映较多的问题依次为{list}。</translation>
    </message>
    <message>
        <source>Units most concerned: {list}.</source>
        <translation>涉及较多的单位依次为{list}。</translation>
    </message>
    <message>
        <source>Monthly statistics of petitions</source>
        <translation>信访月度统计</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>In words, for the monthly report</source>
        <translation>文字概述（供月报使用）</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>按类别(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;form</source>
        <translation>按形式(&amp;F)</translation>
    </message>
    <message>
        <source>By &amp;unit</source>
        <translation>按单位(&amp;U)</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>保存为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Replied on time</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>重复访</translation>
    </message>
    <message>
        <source>Joint visits</source>
        <translation>集体访</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Petitions statistics {year}-{month:02d}.xlsx</source>
        <translation>信访统计{year}年{month}月.xlsx</translation>
    </message>
    <message>
        <source>Save the statistics as Excel</source>
        <translation>将统计保存为 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Petitions statistics for {month}</source>
        <translation>{month}信访统计</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>文字概述</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By form</source>
        <translation>按形式</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>Stays</name>
    <message>
        <source>Booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已离店</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Ask for an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Refuse the extension</source>
        <translation>不批准延期</translation>
    </message>
    <message>
        <source>Escalate to a leader</source>
        <translation>呈报领导</translation>
    </message>
    <message>
        <source>Record hearing days</source>
        <translation>记录听证天数</translation>
    </message>
    <message>
        <source>{action} · {case}</source>
        <translation>{action} · {case}</translation>
    </message>
    <message>
        <source>&amp;Day taken:</source>
        <translation>办理日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Unit it goes to:</source>
        <translation>承办单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Name and post, 王局长</source>
        <translation>姓名和职务，如：王局长</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>领导(&amp;L)：</translation>
    </message>
    <message>
        <source>E&amp;xtra days:</source>
        <translation>延长天数(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Hearing days:</source>
        <translation>听证天数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Reply given:</source>
        <translation>答复意见(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Decision given:</source>
        <translation>决定意见(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>&amp;Why it is not accepted:</source>
        <translation>不予受理理由(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Why the unit objects:</source>
        <translation>承办单位异议理由(&amp;W)：</translation>
    </message>
    <message>
        <source>The petitioner&apos;s &amp;request:</source>
        <translation>信访人的申请(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reason, told to the petitioner:</source>
        <translation>延期理由（告知信访人）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Why it goes beyond the office:</source>
        <translation>超出本机关权限的原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>After this decision the matter is final: it is not accepted again on the same facts and reasons.</source>
        <translation>作出此决定后事项即终结：同一事实和理由不再受理。</translation>
    </message>
    <message>
        <source>The director approves or refuses the extension.</source>
        <translation>延期由主任批准或不批准。</translation>
    </message>
    <message>
        <source>Hearing days are not counted in the re-review&apos;s 30 days.</source>
        <translation>听证时间不计入复核的 30 天期限。</translation>
    </message>
    <message>
        <source>A unit objects within 5 working days of the assignment.</source>
        <translation>承办单位应在交办后 5 个工作日内提出异议。</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>This swap breaks the precedence order</source>
        <translation>此次调换不符合排名</translation>
    </message>
    <message>
        <source>For example: the chief guest asked to sit by him</source>
        <translation>例如：主宾要求与其相邻而坐</translation>
    </message>
    <message>
        <source>Swap anyway? The &amp;reason is kept with the chart:</source>
        <translation>仍要调换吗？原因(&amp;R)将随座次图一并记录：</translation>
    </message>
    <message>
        <source>&amp;Swap anyway</source>
        <translation>仍然调换(&amp;S)</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Restore &amp;default</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>The default text.</source>
        <translation>默认文本。</translation>
    </message>
    <message>
        <source>The office&apos;s own text.</source>
        <translation>本单位自定文本。</translation>
    </message>
</context>
<context>
    <name>TemplateFieldModel</name>
    <message>
        <source>the office&apos;s name</source>
        <translation>本单位名称</translation>
    </message>
    <message>
        <source>the case number, XF2026-000123</source>
        <translation>信访事项编号，如 XF2026-000123</translation>
    </message>
    <message>
        <source>the petitioner, or the representatives</source>
        <translation>信访人或代表姓名</translation>
    </message>
    <message>
        <source>the day the matter was received</source>
        <translation>收到信访事项的日期</translation>
    </message>
    <message>
        <source>the matter in brief</source>
        <translation>信访事项摘要</translation>
    </message>
    <message>
        <source>the unit handling it</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>the day the reply is due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>the reason for not accepting, or for the extension</source>
        <translation>不予受理或延期的理由</translation>
    </message>
    <message>
        <source>the days of the extension</source>
        <translation>延长天数</translation>
    </message>
    <message>
        <source>the reply given</source>
        <translation>答复意见</translation>
    </message>
    <message>
        <source>the day the notice is issued</source>
        <translation>文书出具日期</translation>
    </message>
    <message>
        <source>the days within which a review may be asked</source>
        <translation>可请求复查的天数</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Double-click to put {field} into the text.</source>
        <translation>双击将 {field} 插入正文。</translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>Ticket</source>
        <translation>票号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先类别</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时段</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>To this counter</source>
        <translation>转至本窗口</translation>
    </message>
    <message>
        <source>From {series}</source>
        <translation>由 {series} 转入</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {ticket}</source>
        <translation>转移 {ticket}</translation>
    </message>
    <message>
        <source>Service {series} · {name}</source>
        <translation>{series} 类业务 · {name}</translation>
    </message>
    <message>
        <source>Counter {number} · {name}</source>
        <translation>{number} 号窗口 · {name}</translation>
    </message>
    <message>
        <source>The ticket keeps its place in time: it does not start waiting again.</source>
        <translation>号码保留原来的排队时间，不必重新排队。</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>转至(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>UnitCountModel</name>
    <message>
        <source>Unit concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Edit car</source>
        <translation>修改车辆</translation>
    </message>
    <message>
        <source>Add a car</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>The whole visit</source>
        <translation>全程</translation>
    </message>
    <message>
        <source>&amp;Number plate:</source>
        <translation>车牌号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>驾驶员(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation>座位(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation>用于(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>VehicleModel</name>
    <message>
        <source>Number plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>The whole visit</source>
        <translation>全程</translation>
    </message>
</context>
<context>
    <name>VisitModel</name>
    <message>
        <source>Came on</source>
        <translation>来访日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复访</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Repeat visit</source>
        <translation>重复访</translation>
    </message>
</context>
</TS>
