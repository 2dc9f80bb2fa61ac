<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Other conversations with this person</source>
        <translation>与此人的其他对话</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
</context>
<context>
    <name>AwayPage</name>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>While the Page is Away, people who write get the away message — at most once per conversation each time you are away — and the response metrics leave those requests out.</source>
        <translation>主页处于离开状态时，来信的人会收到离开消息（每次离开期间每个对话最多一次），回复指标也不计入这些请求。</translation>
    </message>
    <message>
        <source>Send an away message</source>
        <translation>发送离开消息</translation>
    </message>
    <message>
        <source>Away now</source>
        <translation>现在离开</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Away automatically outside business hours</source>
        <translation>营业时间外自动设为离开</translation>
    </message>
    <message>
        <source>Several periods a day are fine, e.g. 12:00–14:30, 18:30–23:00. Leave a day empty when closed. Time zone: %1</source>
        <translation>每天可以设置多个时段，例如 12:00–14:30, 18:30–23:00。休息日留空。时区：%1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Opening hours on %1</source>
        <translation>%1的营业时间</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>保存营业时间</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Closed date to add</source>
        <translation>要添加的休息日</translation>
    </message>
    <message>
        <source>Why (optional), e.g. Christmas</source>
        <translation>原因（可选），例如圣诞节</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Away until %1.</source>
        <translation>离开至 %1。</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Away outside business hours, until %1.</source>
        <translation>营业时间外离开，至 %1。</translation>
    </message>
    <message>
        <source>Set Away for 12 hours</source>
        <translation>设为离开 12 小时</translation>
    </message>
    <message>
        <source>Available.</source>
        <translation>在线。</translation>
    </message>
    <message>
        <source>Business hours saved.</source>
        <translation>营业时间已保存。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Sportello database (*.db)</source>
        <translation>Sportello 数据库 (*.db)</translation>
    </message>
    <message>
        <source>PostgreSQL dump, for pg_restore (*.dump)</source>
        <translation>PostgreSQL 转储文件，供 pg_restore 使用 (*.dump)</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>Copying the database to %1…</source>
        <translation>正在将数据库复制到 %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written.</source>
        <translation>备份已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace everything in Sportello with the backup %1? The current database is kept aside, so this can be undone by hand.</source>
        <translation>用备份 %1 替换 Sportello 中的全部内容？当前数据库会另外保留，可以手动还原。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This window works on the team's server, which is restored where it runs: with pg_restore and a file that Back up now wrote. Restore from a backup replaces only this computer's own database.</source>
        <translation>此窗口使用团队服务器，服务器需在其所在位置恢复：使用 pg_restore 和“立即备份”写出的文件。“从备份恢复”只替换本电脑自己的数据库。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Restored. The previous database is kept as %1.</source>
        <translation>已恢复。原数据库保存为 %1。</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
</context>
<context>
    <name>BadgeCard</name>
    <message>
        <source>Very responsive</source>
        <translation>回复非常及时</translation>
    </message>
    <message>
        <source>Not very responsive yet</source>
        <translation>尚未达到回复非常及时</translation>
    </message>
    <message>
        <source>response rate · needs 90 % or more</source>
        <translation>回复率 · 需要 90 % 以上</translation>
    </message>
    <message>
        <source>response time · needs 15 min or less</source>
        <translation>回复时间 · 需要 15 分钟以内</translation>
    </message>
    <message>
        <source>No requests yet: the badge is computed from the requests people send.</source>
        <translation>还没有请求：徽章根据收到的请求计算。</translation>
    </message>
    <message>
        <source>Keep it: answer new requests within 15 minutes.</source>
        <translation>保持徽章：在 15 分钟内回复新请求。</translation>
    </message>
    <message numerus="yes">
        <source>Answer the next %n request(s) within 15 minutes to earn the badge.</source>
        <translation><numerusform>在 15 分钟内回复接下来的 %n 个请求即可获得徽章。</numerusform></translation>
    </message>
    <message>
        <source>Answer every new request within 15 minutes: the window has many missed requests, so it takes a while to earn the badge.</source>
        <translation>请在 15 分钟内回复每个新请求：统计期内未回复的请求较多，获得徽章需要一些时间。</translation>
    </message>
    <message>
        <source>Typically replies within minutes</source>
        <translation>通常几分钟内回复</translation>
    </message>
    <message>
        <source>Typically replies within an hour</source>
        <translation>通常一小时内回复</translation>
    </message>
    <message>
        <source>Typically replies within a few hours</source>
        <translation>通常几小时内回复</translation>
    </message>
    <message>
        <source>Typically replies within a day</source>
        <translation>通常一天内回复</translation>
    </message>
    <message>
        <source>not shown (fewer than 90 % of messages answered, or the inbox unused this week)</source>
        <translation>不显示（回复的消息少于 90 %，或本周未使用收件箱）</translation>
    </message>
    <message>
        <source>The Page shows: %1</source>
        <translation>主页显示：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) between %1 and %2</source>
        <translation><numerusform>%1 至 %2 之间有 %n 个请求</numerusform></translation>
    </message>
    <message>
        <source>Counting business hours only: %1</source>
        <translation>仅计营业时间：%1</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Business</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>Your business as customers see it. The country is where phone numbers typed without their country code are from; the time zone is the one of your business hours.</source>
        <translation>客户眼中的你的商家。国家决定未写国家代码的电话号码属于哪里；时区即营业时间所用的时区。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week agenda</source>
        <translation>周日程</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Month of follow-ups</source>
        <translation>本月跟进</translation>
    </message>
    <message>
        <source>Follow-ups of the selected day</source>
        <translation>所选日期的跟进</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>新建跟进…</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Show follow-ups of %1</source>
        <translation>显示 %1 的跟进</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>逾期（%1）</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>没有逾期项。</translation>
    </message>
    <message>
        <source>No follow-ups. Double-click the day to add one.</source>
        <translation>没有跟进。双击日期即可添加。</translation>
    </message>
    <message>
        <source>Follow-up moved to %1.</source>
        <translation>跟进已移至 %1。</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>导出跟进</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s).</source>
        <translation><numerusform>已导出 %n 个跟进。</numerusform></translation>
    </message>
</context>
<context>
    <name>CasesCard</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Cases by category and status</source>
        <translation>按类别和状态统计的案例</translation>
    </message>
    <message>
        <source>Cases in %1 %2</source>
        <translation>%2 年 %1 的案例</translation>
    </message>
    <message>
        <source>Product info</source>
        <translation>产品信息</translation>
    </message>
    <message>
        <source>Site info</source>
        <translation>网站信息</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>联系信息</translation>
    </message>
    <message>
        <source>Site or app problem</source>
        <translation>网站或应用问题</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s).</source>
        <translation><numerusform>已导出 %n 个案例。</numerusform></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>导出案例</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Connect your Facebook Page to bring its Messenger conversations in and send replies out. The Page access token is kept in this computer's password store (keyring).</source>
        <translation>连接你的 Facebook 主页以接收 Messenger 对话并发送回复。主页访问令牌保存在本机的密码库（钥匙串）中。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Page ID</source>
        <translation>主页 ID</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>主页访问令牌</translation>
    </message>
    <message>
        <source>only when I press Sync now</source>
        <translation>仅在我按“立即同步”时</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>保存并连接</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Stages back to Meta (Conversions API)</source>
        <translation>将阶段回传给 Meta（转化 API）</translation>
    </message>
    <message>
        <source>Each stage a lead from a Meta form reaches is sent to the dataset you connect here, so that Meta's ads find more people like the ones who became customers. Events Manager gives the dataset ID and its access token; the token is kept in the keyring.</source>
        <translation>来自 Meta 表单的潜在客户每到一个阶段，都会发送到此处连接的数据集，让 Meta 的广告找到更多与已成交客户相似的人。数据集编号和访问口令可在事件管理工具中获取；口令保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Dataset ID</source>
        <translation>数据集编号</translation>
    </message>
    <message>
        <source>Dataset access token</source>
        <translation>数据集访问口令</translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation>保存数据集</translation>
    </message>
    <message>
        <source>No dataset connected: nothing is sent.</source>
        <translation>未连接数据集：不会发送任何内容。</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent, %3 failed.</source>
        <translation>%1 个等待，%2 个已发送，%3 个失败。</translation>
    </message>
    <message>
        <source>Last refusal: %1</source>
        <translation>最近一次拒绝：%1</translation>
    </message>
    <message>
        <source>The dataset ID is the number Events Manager shows for it.</source>
        <translation>数据集编号是事件管理工具中显示的数字。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The Page ID is the number in your Page's About section.</source>
        <translation>主页 ID 是主页“关于”部分中的数字。</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n minute(s).</source>
        <translation><numerusform>%n 分钟后重试。</numerusform></translation>
    </message>
    <message>
        <source>Connect the Page first (Page ID and token).</source>
        <translation>请先连接主页（主页 ID 和令牌）。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation><numerusform>每 %n 分钟</numerusform></translation>
    </message>
    <message>
        <source>Sync by itself</source>
        <translation>自动同步</translation>
    </message>
    <message>
        <source>Connected. New messages come in by themselves, and when you press Sync now.</source>
        <translation>已连接。新消息会自动收取，也可按“立即同步”。</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s).</source>
        <translation><numerusform>%n 条新消息。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) on the Page's posts.</source>
        <translation><numerusform>主页帖子有 %n 条新评论。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the Page's forms.</source>
        <translation><numerusform>主页表单有 %n 条新潜在客户。</numerusform></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save %1 as a picture</source>
        <translation>将 %1 保存为图片</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Suggested:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line, / for saved replies)</source>
        <translation>写回复…（回车发送，Shift+回车换行，/ 插入快捷回复）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>插入表情</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附件…</translation>
    </message>
    <message>
        <source>Attach photos or files (up to 25 MB each)</source>
        <translation>附加照片或文件（每个最大 25 MB）</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>快捷回复…</translation>
    </message>
    <message>
        <source>Insert a saved reply (Ctrl+R)</source>
        <translation>插入快捷回复 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Insert the suggested reply “%1” (Alt+%2)</source>
        <translation>插入建议的回复“%1”（Alt+%2）</translation>
    </message>
    <message>
        <source>You can reply for %1 more.</source>
        <translation>还可以回复 %1。</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer's last message: your reply will be sent with the HUMAN_AGENT tag (allowed until %1).</source>
        <translation>距客户最后一条消息已超过 24 小时：你的回复将带 HUMAN_AGENT 标签发送（允许至 %1）。</translation>
    </message>
    <message>
        <source>This is a comment on your post: you can send one private reply, until %1.</source>
        <translation>这是对你帖子的评论：你可以发送一条私信回复，截止 %1。</translation>
    </message>
    <message>
        <source>The private reply to this comment has been sent. You can write again once the person answers in Messenger.</source>
        <translation>已对这条评论发送私信回复。对方在 Messenger 中回复后你才能再次发消息。</translation>
    </message>
    <message>
        <source>You can reply once the person has written to the Page.</source>
        <translation>对方给主页发消息后你才能回复。</translation>
    </message>
    <message>
        <source>The reply window has closed: Messenger allows replies up to 7 days after the customer's last message.</source>
        <translation>回复窗口已关闭：Messenger 只允许在客户最后一条消息后 7 天内回复。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>删除附件 %1</translation>
    </message>
    <message>
        <source>Someone on the Page</source>
        <translation>主页上的某人</translation>
    </message>
    <message>
        <source>Someone replied</source>
        <translation>有人已回复</translation>
    </message>
    <message>
        <source>%1 replied after you opened this conversation.</source>
        <translation>%1 在你打开此对话后回复了。</translation>
    </message>
    <message>
        <source>Their reply: “%1”</source>
        <translation>对方的回复：“%1”</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Relationship with the Page</source>
        <translation>与主页的关系</translation>
    </message>
    <message>
        <source>Fill in or correct…</source>
        <translation>补充或更正…</translation>
    </message>
    <message>
        <source>Fill in or correct what is known of this person</source>
        <translation>补充或更正此人的已知信息</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add a label…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Case category</source>
        <translation>案例类别</translation>
    </message>
    <message>
        <source>Product info</source>
        <translation>产品信息</translation>
    </message>
    <message>
        <source>Site info</source>
        <translation>网站信息</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>联系信息</translation>
    </message>
    <message>
        <source>Site or app problem</source>
        <translation>网站或应用问题</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>无案例</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>案例状态</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>时间规则</translation>
    </message>
    <message>
        <source>Undo what the time rules did</source>
        <translation>撤销时间规则所做的操作</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Write a note only the team sees…</source>
        <translation>写一条只有团队可见的备注…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>其他对话</translation>
    </message>
    <message>
        <source>Other conversations with this person</source>
        <translation>与此人的其他对话</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>Everything held about this person, as a JSON file</source>
        <translation>保存的关于此人的全部数据，JSON 文件</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>遗忘…</translation>
    </message>
    <message>
        <source>Erase this person and everything about them</source>
        <translation>删除此人及其全部数据</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>未知联系人</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation><numerusform>%n 个对话</numerusform></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Likes the Page since %1</source>
        <translation>自 %1 起关注主页</translation>
    </message>
    <message>
        <source>Has reviewed the Page</source>
        <translation>已评价主页</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Remove the label %1</source>
        <translation>删除标签 %1</translation>
    </message>
    <message>
        <source>Label %1, press to remove</source>
        <translation>标签 %1，点击删除</translation>
    </message>
    <message>
        <source>Not a lead yet</source>
        <translation>尚不是潜在客户</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>创建潜在客户</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>打开潜在客户</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾信息</translation>
    </message>
    <message>
        <source>Case removed.</source>
        <translation>已移除案例。</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>备注已删除。</translation>
    </message>
    <message>
        <source>What is known of %1</source>
        <translation>关于 %1 的已知信息</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Export contact data</source>
        <translation>导出联系人数据</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Contact data exported.</source>
        <translation>联系人数据已导出。</translation>
    </message>
    <message>
        <source>This person is no longer in Sportello.</source>
        <translation>此人已不在 Sportello 中。</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>遗忘此人</translation>
    </message>
    <message>
        <source>Erase %1 and every message, note, lead, follow-up and file about them? This cannot be undone.</source>
        <translation>删除 %1 以及与其相关的所有消息、备注、潜在客户、跟进和文件？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>The person and %n message(s) were erased.</source>
        <translation><numerusform>此人及 %n 条消息已删除。</numerusform></translation>
    </message>
    <message>
        <source>Lead created in Neutral.</source>
        <translation>已在“中性”阶段创建潜在客户。</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n h left</source>
        <translation><numerusform>剩 %n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation><numerusform>剩 %n 分钟</numerusform></translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>a comment on the post “%1”</source>
        <translation>对帖子“%1”的评论</translation>
    </message>
    <message>
        <source>a comment on a post</source>
        <translation>帖子下的评论</translation>
    </message>
    <message>
        <source>%1 to reply</source>
        <translation>%1可回复</translation>
    </message>
    <message numerus="yes">
        <source>%n other conversation(s)</source>
        <translation><numerusform>另有 %n 个对话</numerusform></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Sportello ran into a problem</source>
        <translation>Sportello 遇到问题</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Everything saved so far is safe. You can copy this report and send it to whoever looks after Sportello.</source>
        <translation>发生了意外错误。目前已保存的内容都是安全的。你可以复制这份报告，发给负责维护 Sportello 的人。</translation>
    </message>
    <message>
        <source>The report is also saved in %1</source>
        <translation>报告也已保存在 %1</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>相同邮箱</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>相同电话</translation>
    </message>
    <message>
        <source>same Meta id</source>
        <translation>相同 Meta ID</translation>
    </message>
    <message>
        <source>same name, nothing different</source>
        <translation>同名，且无不同信息</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation><numerusform>%n 个对话</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation><numerusform>%n 个潜在客户</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n 条备注</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation><numerusform>%n 个标签</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n 个跟进</numerusform></translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>重复联系人</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复联系人…</translation>
    </message>
    <message>
        <source>Groups of contacts that look like one person</source>
        <translation>看起来是同一人的联系人组</translation>
    </message>
    <message>
        <source>Choose a group to see what a merge would do.</source>
        <translation>选择一组，查看合并会做什么。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts look like one person.</source>
        <translation><numerusform>有 %n 组联系人看起来是同一人。</numerusform></translation>
    </message>
    <message>
        <source>No duplicates found: every contact looks like a person of their own.</source>
        <translation>没有重复：每个联系人看起来都是不同的人。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation>%1：保留“%2”</translation>
    </message>
    <message>
        <source>Their details do not differ.</source>
        <translation>他们的信息没有不同。</translation>
    </message>
    <message>
        <source>To the one kept: %1. No message, note or follow-up is lost, and Undo puts everything back.</source>
        <translation>移到保留的联系人：%1。不会丢失任何消息、备注或跟进，撤销可全部恢复。</translation>
    </message>
    <message>
        <source>nothing else moves</source>
        <translation>没有其他内容移动</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>已合并到 %1。</translation>
    </message>
    <message>
        <source>Contacts merged into %1.</source>
        <translation>联系人已合并到 %1。</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message numerus="yes">
        <source>E-mail %n lead(s)</source>
        <translation><numerusform>给 %n 个潜在客户发邮件</numerusform></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>收件人：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) without an e-mail address will be left out.</source>
        <translation><numerusform>%n 个没有邮箱地址的潜在客户将被略过。</numerusform></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Set up the e-mail server in Settings → E-mail before sending.</source>
        <translation>发送前请在“设置 → 邮件”中配置邮件服务器。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent %1 of %2.</source>
        <translation>已发送 %1/%2。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The message cannot be empty.</source>
        <translation>消息不能为空。</translation>
    </message>
    <message>
        <source>The message is {length} characters long; the limit is {limit}.</source>
        <translation>消息长 {length} 个字符，上限为 {limit}。</translation>
    </message>
    <message>
        <source>Messenger shows at most {limit} questions.</source>
        <translation>Messenger 最多显示 {limit} 个问题。</translation>
    </message>
    <message>
        <source>A question has at most {limit} characters: “{question}”.</source>
        <translation>问题最多 {limit} 个字符：“{question}”。</translation>
    </message>
    <message>
        <source>“{part}” is not a period like 12:00–14:30.</source>
        <translation>“{part}”不是类似 12:00–14:30 的时段。</translation>
    </message>
    <message>
        <source>“{part}” is not a time of day.</source>
        <translation>“{part}”不是有效时间。</translation>
    </message>
    <message>
        <source>“{part}” ends before it starts (periods cannot cross midnight).</source>
        <translation>“{part}”的结束早于开始（时段不能跨过午夜）。</translation>
    </message>
    <message>
        <source>{first} and {second} overlap.</source>
        <translation>{first} 与 {second} 重叠。</translation>
    </message>
    <message>
        <source>Unknown response time choice {mode}.</source>
        <translation>未知的回复时间选项 {mode}。</translation>
    </message>
    <message>
        <source>A team's server is backed up with pg_dump, which is not installed on this computer. Install PostgreSQL's client tools (Debian and Ubuntu: postgresql-client), or make a local copy with “sportello --db ADDRESS copy-to FILE.db”.</source>
        <translation>团队服务器使用 pg_dump 备份，但本电脑未安装它。请安装 PostgreSQL 客户端工具（Debian 和 Ubuntu：postgresql-client），或使用“sportello --db 地址 copy-to 文件.db”制作本地副本。</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server: {reason}</source>
        <translation>pg_dump 无法备份服务器：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} 不是文件。</translation>
    </message>
    <message>
        <source>{name} is not a Sportello database.</source>
        <translation>{name} 不是 Sportello 数据库。</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}).</source>
        <translation>{name} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>{name} was written by a newer Sportello.</source>
        <translation>{name} 由更新版本的 Sportello 写入。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>“{value}”不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}”不是电话号码。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number.</source>
        <translation>“{value}”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <source>A label name has at most {limit} characters.</source>
        <translation>标签名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>备注不能为空。</translation>
    </message>
    <message>
        <source>A note has at most {limit} characters.</source>
        <translation>备注最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>This person is no longer in Sportello.</source>
        <translation>此人已不在 Sportello 中。</translation>
    </message>
    <message>
        <source>The Page access token has expired or was revoked. Connect the Page again in Settings → Channels.</source>
        <translation>主页访问令牌已过期或被撤销。请在“设置 → 渠道”中重新连接主页。</translation>
    </message>
    <message>
        <source>Messenger did not deliver it: the reply window has closed for this person.</source>
        <translation>Messenger 未送达：此人的回复窗口已关闭。</translation>
    </message>
    <message>
        <source>Facebook asks us to slow down (rate limit); Sportello will try again shortly.</source>
        <translation>Facebook 要求放慢速度（频率限制）；Sportello 稍后会重试。</translation>
    </message>
    <message>
        <source>Facebook could not be reached ({detail}); Sportello will try again.</source>
        <translation>无法连接 Facebook（{detail}）；Sportello 会重试。</translation>
    </message>
    <message>
        <source>Facebook refused the request: {detail}</source>
        <translation>Facebook 拒绝了请求：{detail}</translation>
    </message>
    <message>
        <source>Sportello stopped while sending this event; it is not sent again, so that Meta never counts it twice.</source>
        <translation>Sportello 在发送此事件时中断；为避免 Meta 重复计数，不会再次发送。</translation>
    </message>
    <message>
        <source>The token could not be stored: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation>无法保存令牌：这台电脑没有 Sportello 可用的密码库（{detail}）。</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation>文件超过 {limit} MB。</translation>
    </message>
    <message>
        <source>Not sent: Messenger no longer accepts the {tag} tag.</source>
        <translation>未发送：Messenger 已不再接受 {tag} 标签。</translation>
    </message>
    <message>
        <source>Not sent: an automatic reply may go only within 24 hours of the customer's message.</source>
        <translation>未发送：自动回复只能在客户消息后 24 小时内发出。</translation>
    </message>
    <message>
        <source>the file is no longer on this computer.</source>
        <translation>此文件已不在这台电脑上。</translation>
    </message>
    <message>
        <source>A lead needs a name.</source>
        <translation>潜在客户需要名称。</translation>
    </message>
    <message>
        <source>That lead no longer exists.</source>
        <translation>该潜在客户已不存在。</translation>
    </message>
    <message>
        <source>An audience needs a name.</source>
        <translation>受众需要名称。</translation>
    </message>
    <message>
        <source>Give the SMTP server's name, e.g. smtp.example.com.</source>
        <translation>请填写 SMTP 服务器名称，例如 smtp.example.com。</translation>
    </message>
    <message>
        <source>The port is a number between 1 and 65535.</source>
        <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Choose STARTTLS, SSL or none.</source>
        <translation>请选择 STARTTLS、SSL 或无。</translation>
    </message>
    <message>
        <source>Give the address the e-mails come from.</source>
        <translation>请填写发件地址。</translation>
    </message>
    <message>
        <source>The password could not be stored: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation>无法保存密码：这台电脑没有 Sportello 可用的密码库（{detail}）。</translation>
    </message>
    <message>
        <source>The password could not be read: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation>无法读取密码：这台电脑没有 Sportello 可用的密码库（{detail}）。</translation>
    </message>
    <message>
        <source>Set up the e-mail server first in Settings → E-mail.</source>
        <translation>请先在“设置 → 邮件”中配置邮件服务器。</translation>
    </message>
    <message>
        <source>The e-mail needs a subject.</source>
        <translation>邮件需要主题。</translation>
    </message>
    <message>
        <source>Cannot reach the e-mail server {host}:{port} ({detail}).</source>
        <translation>无法连接邮件服务器 {host}:{port}（{detail}）。</translation>
    </message>
    <message>
        <source>The e-mail server refused the user name or password ({detail}).</source>
        <translation>邮件服务器拒绝了用户名或密码（{detail}）。</translation>
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; Messenger takes files up to {limit} MB.</source>
        <translation>{name} 大小为 {size} MB；Messenger 只接受最大 {limit} MB 的文件。</translation>
    </message>
    <message>
        <source>Write something or attach a file first.</source>
        <translation>请先写点内容或附加文件。</translation>
    </message>
    <message>
        <source>A message holds at most {limit} characters.</source>
        <translation>一条消息最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A comment can get one private reply, and it has had it.</source>
        <translation>一条评论只能收到一条私信回复，已经回复过了。</translation>
    </message>
    <message>
        <source>You can only reply after the person has written to the Page.</source>
        <translation>对方给主页发消息后你才能回复。</translation>
    </message>
    <message>
        <source>The reply window has closed: Messenger allows replies up to 7 days after the customer's last message.</source>
        <translation>回复窗口已关闭：Messenger 只允许在客户最后一条消息后 7 天内回复。</translation>
    </message>
    <message>
        <source>Sportello stopped while sending this, so it may or may not have reached the person. Check in Messenger before sending it again.</source>
        <translation>Sportello 在发送时中断，此消息可能已送达，也可能没有。再次发送前请先在 Messenger 中查看。</translation>
    </message>
    <message>
        <source>Only a message that failed can be sent again.</source>
        <translation>只有发送失败的消息才能重新发送。</translation>
    </message>
    <message>
        <source>The reply window has closed: this message can no longer be sent.</source>
        <translation>回复窗口已关闭：此消息无法再发送。</translation>
    </message>
    <message>
        <source>A follow-up needs a few words saying what to do.</source>
        <translation>跟进需要写明要做什么。</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>该跟进已不存在。</translation>
    </message>
    <message>
        <source>A saved reply needs a title.</source>
        <translation>快捷回复需要标题。</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation>标题超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A saved reply needs some text.</source>
        <translation>快捷回复需要内容。</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>内容超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A shortcut is one word: letters, digits, - or _.</source>
        <translation>快捷词只能是一个词：字母、数字、- 或 _。</translation>
    </message>
    <message>
        <source>The shortcut /{shortcut} is already used by “{title}”.</source>
        <translation>快捷词 /{shortcut} 已被“{title}”使用。</translation>
    </message>
    <message>
        <source>That saved reply no longer exists.</source>
        <translation>该快捷回复已不存在。</translation>
    </message>
    <message>
        <source>{name} is not a file that can be read.</source>
        <translation>{name} 不是可读取的文件。</translation>
    </message>
    <message>
        <source>The work stopped unexpectedly (exit status {status}); nothing of it was written.</source>
        <translation>任务意外中止（退出状态 {status}）；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot tell which participant is the Page ({choices}); give it with --page NAME.</source>
        <translation>无法判断哪个参与者是主页（{choices}）；请用 --page 名称 指定。</translation>
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation>商家需要一个名称。</translation>
    </message>
    <message>
        <source>“{value}” is not a country code such as IT or GB.</source>
        <translation>“{value}”不是 IT 或 GB 这样的国家代码。</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR or GBP.</source>
        <translation>“{value}”不是 EUR 或 GBP 这样的货币代码。</translation>
    </message>
    <message>
        <source>“{value}” is not a time zone such as Europe/Rome.</source>
        <translation>“{value}”不是 Asia/Shanghai 这样的时区。</translation>
    </message>
    <message>
        <source>Say who you are: your first name.</source>
        <translation>请说明你是谁：你的名字。</translation>
    </message>
    <message>
        <source>A team member needs a first name.</source>
        <translation>团队成员需要名字。</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>名字最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Hand the work to someone else.</source>
        <translation>请把工作交给其他人。</translation>
    </message>
    <message>
        <source>Choose at least two contacts to merge.</source>
        <translation>请至少选择两个要合并的联系人。</translation>
    </message>
    <message>
        <source>There is no contact {ids}.</source>
        <translation>没有联系人 {ids}。</translation>
    </message>
    <message>
        <source>Contact {id} is not among those merged.</source>
        <translation>联系人 {id} 不在合并之列。</translation>
    </message>
    <message>
        <source>The merge cannot be undone: contact {id} exists again.</source>
        <translation>无法撤销合并：联系人 {id} 又存在了。</translation>
    </message>
    <message>
        <source>Say why the lead was lost.</source>
        <translation>请说明丢失的原因。</translation>
    </message>
    <message>
        <source>A lead has from none to three stars.</source>
        <translation>潜在客户的星级为零到三颗星。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>“{value}”不是金额。</translation>
    </message>
    <message>
        <source>A stage's limit is from 1 to 365 days.</source>
        <translation>阶段期限为 1 到 365 天。</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address with the name.</source>
        <translation>请在姓名后写上电话或邮箱。</translation>
    </message>
    <message>
        <source>The first contact's target is from 1 minute to 24 hours.</source>
        <translation>首次联系目标为 1 分钟到 24 小时。</translation>
    </message>
    <message>
        <source>A stage's name is at most 30 characters.</source>
        <translation>阶段名称最多 30 个字符。</translation>
    </message>
    <message>
        <source>Two stages cannot have the same name.</source>
        <translation>两个阶段不能同名。</translation>
    </message>
    <message>
        <source>An overdue follow-up cannot make another follow-up.</source>
        <translation>逾期的跟进不能再创建一个跟进。</translation>
    </message>
    <message>
        <source>A rule's limit is from 1 to {limit} days.</source>
        <translation>规则的期限为 1 到 {limit} 天。</translation>
    </message>
    <message>
        <source>A rule's limit is from 1 to {limit} hours.</source>
        <translation>规则的期限为 1 到 {limit} 小时。</translation>
    </message>
    <message>
        <source>Choose who the rule hands the work to.</source>
        <translation>请选择规则将工作交给谁。</translation>
    </message>
    <message>
        <source>That rule no longer exists.</source>
        <translation>该规则已不存在。</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation>服务器上没有这个名称的数据库。</translation>
    </message>
    <message>
        <source>The server has no user of that name.</source>
        <translation>服务器上没有这个名称的用户。</translation>
    </message>
    <message>
        <source>No computer answers to that server name.</source>
        <translation>没有电脑响应这个服务器名称。</translation>
    </message>
    <message>
        <source>The server does not answer at that address: is it running, and is the port right?</source>
        <translation>服务器在该地址没有响应：它在运行吗？端口正确吗？</translation>
    </message>
    <message>
        <source>The server and Sportello could not agree on an encrypted connection (sslmode).</source>
        <translation>服务器与 Sportello 未能建立加密连接（sslmode）。</translation>
    </message>
    <message>
        <source>A server's address reads postgresql://USER@HOST:PORT/NAME.</source>
        <translation>服务器地址的格式为 postgresql://用户@主机:端口/名称。</translation>
    </message>
    <message>
        <source>Write the server's name or address.</source>
        <translation>请填写服务器的名称或地址。</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (PostgreSQL's is 5432).</source>
        <translation>端口是 1 到 65535 之间的数字（PostgreSQL 默认为 5432）。</translation>
    </message>
    <message>
        <source>Write the database's name and the user's.</source>
        <translation>请填写数据库名称和用户名。</translation>
    </message>
    <message>
        <source>The password could not be kept: this computer has no password store (keyring). Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>无法保存密码：这台电脑没有密码库（keyring）。请改用 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Sportello needs PostgreSQL 13 or newer.</source>
        <translation>Sportello 需要 PostgreSQL 13 或更高版本。</translation>
    </message>
    <message>
        <source>The server lacks PostgreSQL's contrib extension unaccent: install it there (Debian: postgresql-contrib).</source>
        <translation>服务器缺少 PostgreSQL 的 contrib 扩展 unaccent：请在服务器上安装（Debian：postgresql-contrib）。</translation>
    </message>
    <message>
        <source>The team's server cannot be reached, so this was not saved. Sportello reconnects by itself: try again in a moment.</source>
        <translation>无法连接团队服务器，因此未保存。Sportello 会自动重新连接：请稍后再试。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Customer first name</source>
        <translation>客户名</translation>
    </message>
    <message>
        <source>Customer last name</source>
        <translation>客户姓</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>你的名</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>你的姓</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>网站地址</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>your first name</source>
        <translation>你的名</translation>
    </message>
    <message>
        <source>your last name</source>
        <translation>你的姓</translation>
    </message>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>GreetingPage</name>
    <message>
        <source>Greeting</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>Shown to people who open a chat with the Page, before they write. Messenger shows it; comments and e-mail do not.</source>
        <translation>在对方开始与主页聊天、尚未发消息时显示。Messenger 会显示；评论和邮件不会。</translation>
    </message>
    <message>
        <source>Show a greeting</source>
        <translation>显示问候语</translation>
    </message>
    <message>
        <source>Questions to start with (ice breakers)</source>
        <translation>开场问题（破冰问题）</translation>
    </message>
    <message>
        <source>Up to four questions Messenger offers under the greeting; a tap sends the question as the person's first message.</source>
        <translation>Messenger 在问候语下最多显示四个问题；点按即把该问题作为对方的第一条消息发送。</translation>
    </message>
    <message>
        <source>e.g. Are you open today?</source>
        <translation>例如：今天营业吗？</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saved; setting it on the Page…</source>
        <translation>已保存；正在设置到主页…</translation>
    </message>
    <message>
        <source>Saved and set on the Page.</source>
        <translation>已保存并设置到主页。</translation>
    </message>
    <message>
        <source>Saved here, but the Page did not take it: %1</source>
        <translation>已在此保存，但主页未接受：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import leads from %1</source>
        <translation>从 %1 导入潜在客户</translation>
    </message>
    <message>
        <source>Check what each column holds. Columns Sportello does not know are kept as answers to the form's questions.</source>
        <translation>请检查每一列的内容。Sportello 不认识的列会作为表单问题的答案保存。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The stage column holds words that are not Sportello's stages. Choose what each one means:</source>
        <translation>阶段列中有不属于 Sportello 阶段的词。请选择每个词的含义：</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <source>Stages of the file</source>
        <translation>文件中的阶段</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>无法导入的行</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others</source>
        <translation>导入有效行并跳过其他行</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>此文件无法导入：%1</translation>
    </message>
    <message>
        <source>Answer to a question</source>
        <translation>问题的答案</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>跳过此列</translation>
    </message>
    <message>
        <source>Keep the lead's stage</source>
        <translation>保留潜在客户的阶段</translation>
    </message>
    <message>
        <source>Read “%1” as</source>
        <translation>将“%1”读作</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported; %3 have problems.</source>
        <translation>%2 行中有 %1 行可以导入；%3 行有问题。</translation>
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation>全部 %1 行都可以导入。</translation>
    </message>
    <message>
        <source>Imported leads: %1 new, %2 merged, %3 skipped.</source>
        <translation>已导入潜在客户：新增 %1，合并 %2，跳过 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) kept their stage (a stage the file names was not chosen).</source>
        <translation><numerusform>%n 条潜在客户保留了原阶段（未选择文件中指定的阶段）。</numerusform></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>导入失败，没有导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>取消标记</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>标为未读</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标为已完成</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Move to Inbox</source>
        <translation>移到收件箱</translation>
    </message>
    <message>
        <source>Move to Spam</source>
        <translation>移到垃圾信息</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>取消屏蔽</translation>
    </message>
    <message numerus="yes">
        <source>Flagged %n conversation(s).</source>
        <translation><numerusform>已标记 %n 个对话。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed the flag from %n conversation(s).</source>
        <translation><numerusform>已取消 %n 个对话的标记。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) unread.</source>
        <translation><numerusform>已将 %n 个对话标为未读。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) read.</source>
        <translation><numerusform>已将 %n 个对话标为已读。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to Done.</source>
        <translation><numerusform>已将 %n 个对话移到“已完成”。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n conversation(s).</source>
        <translation><numerusform>已归档 %n 个对话。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to the Inbox.</source>
        <translation><numerusform>已将 %n 个对话移到收件箱。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to Spam.</source>
        <translation><numerusform>已将 %n 个对话移到垃圾信息。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Blocked: new messages from %n person(s) go to Spam.</source>
        <translation><numerusform>已屏蔽：来自 %n 人的新消息将进入垃圾信息。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %n person(s).</source>
        <translation><numerusform>已取消屏蔽 %n 人。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to %1.</source>
        <translation><numerusform>已将 %n 个对话分配给 %1。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) unassigned.</source>
        <translation><numerusform>%n 个对话已取消分配。</numerusform></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾信息</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation>等待回复</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>Nothing in this folder matches “%1”.</source>
        <translation>此文件夹中没有与“%1”匹配的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation><numerusform>找到 %n 个对话</numerusform></translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation>筛选对话</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Search names and messages (Ctrl+F)</source>
        <translation>搜索姓名和消息 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>这里没有内容</translation>
    </message>
    <message>
        <source>Conversations in this folder will appear here.</source>
        <translation>此文件夹中的对话会显示在这里。</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Flag, mark unread, done, archive, spam, block, assign</source>
        <translation>标记、未读、完成、归档、垃圾信息、屏蔽、分配</translation>
    </message>
    <message>
        <source>Sender info</source>
        <translation>发件人信息</translation>
    </message>
    <message>
        <source>Show or hide sender info (Ctrl+Shift+I)</source>
        <translation>显示或隐藏发件人信息 (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>没有打开的对话</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it.</source>
        <translation>在左侧选择一个对话来阅读。</translation>
    </message>
    <message>
        <source>Who wrote, with their labels, notes and case, shows here.</source>
        <translation>发信人及其标签、备注和工单会显示在这里。</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Comment on a post</source>
        <translation>帖子评论</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n 条消息</numerusform></translation>
    </message>
    <message>
        <source>This conversation started as a comment on your Page's post. You can answer it with one private reply in Messenger, within 7 days of the comment.</source>
        <translation>此对话源于对主页帖子的评论。你可以在评论后 7 天内通过 Messenger 发送一条私信回复。</translation>
    </message>
    <message>
        <source>On your post: “%1”</source>
        <translation>在你的帖子上：“%1”</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>View full size</source>
        <translation>查看原图</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation>数据洞察</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Response rate (rolling, end of each day)</source>
        <translation>回复率（滚动统计，每日结束时）</translation>
    </message>
    <message>
        <source>Response time in minutes (rolling, end of each day)</source>
        <translation>回复时间（分钟，滚动统计，每日结束时）</translation>
    </message>
    <message>
        <source>Requests per day: answered and not</source>
        <translation>每日请求：已回复与未回复</translation>
    </message>
    <message>
        <source>When customers write (weekday × hour)</source>
        <translation>客户来信时间（星期 × 小时）</translation>
    </message>
    <message>
        <source>Answered requests per team member</source>
        <translation>每位成员回复的请求</translation>
    </message>
    <message>
        <source>Leads funnel</source>
        <translation>潜在客户漏斗</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>%1: %2 response rate</source>
        <translation>%1：回复率 %2</translation>
    </message>
    <message>
        <source>Why leads are lost (click a bar for its leads)</source>
        <translation>潜在客户丢失的原因（点击柱形查看）</translation>
    </message>
    <message>
        <source>Won value per month (click a bar for its leads)</source>
        <translation>每月成交价值（点击柱形查看）</translation>
    </message>
    <message>
        <source>Export the leads report (CSV)…</source>
        <translation>导出潜在客户报告（CSV）…</translation>
    </message>
    <message>
        <source>One row per lead: the dates of its stages, its value, lost and why, and how long its first answer took</source>
        <translation>每个潜在客户一行：各阶段日期、价值、是否丢失及原因、首次回复用时</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算统计数据：%1</translation>
    </message>
    <message>
        <source>%1: %2 response time</source>
        <translation>%1：回复时间 %2</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>%1: %2 request(s), %3 answered — click to list them</source>
        <translation>%1：%2 个请求，已回复 %3 个 — 点击查看列表</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n message(s)</source>
        <translation><numerusform>%1 %2:00–%2:59：%n 条消息</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answered, median %2</source>
        <translation><numerusform>%1：已回复 %n 个，中位数 %2</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 now, %3 reached it</source>
        <translation>%1：当前 %2 个，曾到达 %3 个</translation>
    </message>
    <message>
        <source>%1 from the previous stage</source>
        <translation>从上一阶段转化 %1</translation>
    </message>
    <message>
        <source>median %1 days in it</source>
        <translation>停留天数中位数 %1</translation>
    </message>
    <message>
        <source>No lead marked lost yet.</source>
        <translation>还没有标记为丢失的潜在客户。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s)</source>
        <translation><numerusform>%1：%n 个潜在客户</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 won from %n lead(s)</source>
        <translation><numerusform>%1：%n 个潜在客户成交 %2</numerusform></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Won per owner: %1</source>
        <translation>各负责人成交：%1</translation>
    </message>
    <message>
        <source>No lead won yet.</source>
        <translation>还没有成交的潜在客户。</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>已丢失：%1</translation>
    </message>
    <message>
        <source>Won in %1</source>
        <translation>%1成交</translation>
    </message>
    <message>
        <source>Export the leads report</source>
        <translation>导出潜在客户报告</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Leads report: %n lead(s) written.</source>
        <translation><numerusform>潜在客户报告：已写入 %n 个。</numerusform></translation>
    </message>
    <message>
        <source>Leads report</source>
        <translation>潜在客户报告</translation>
    </message>
    <message>
        <source>Requests on %1</source>
        <translation>%1 的请求</translation>
    </message>
</context>
<context>
    <name>InstantReplyPage</name>
    <message>
        <source>Instant reply</source>
        <translation>即时回复</translation>
    </message>
    <message>
        <source>Sent automatically to a person's first message ever to the Page — never again, even months later — and not while the Page is Away (the away message goes instead).</source>
        <translation>在某人第一次给主页发消息时自动发送——之后不再发送，即使几个月后也不会——主页离开时也不发送（改为发送离开消息）。</translation>
    </message>
    <message>
        <source>Send an instant reply</source>
        <translation>发送即时回复</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <source>Go to…</source>
        <translation>前往…</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a word of a message</source>
        <translation>输入姓名、邮箱或消息中的词</translation>
    </message>
    <message>
        <source>Go to a conversation or a lead</source>
        <translation>前往对话或潜在客户</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>潜在客户：%1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of Sportello's windows, dates and numbers. It applies the next time Sportello starts.</source>
        <translation>Sportello 窗口、日期和数字所用的语言。下次启动 Sportello 时生效。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Restart Sportello to see it in the new language.</source>
        <translation>重启 Sportello 以使用新语言。</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Sportello cannot use the team's server at %1.</source>
        <translation>Sportello 无法使用位于 %1 的团队服务器。</translation>
    </message>
    <message>
        <source>Open this computer's own file</source>
        <translation>打开这台电脑自己的文件</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Lead</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Answers to the form</source>
        <translation>表单答案</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add a label…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>添加跟进…</translation>
    </message>
    <message>
        <source>Mark selected done</source>
        <translation>将所选标为完成</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>写备注…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Undo what the time rules did</source>
        <translation>撤销时间规则所做的操作</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <source>This lead no longer exists.</source>
        <translation>此潜在客户已不存在。</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>潜在客户：%1</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>What the time rules did</source>
        <translation>时间规则所做的操作</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>广告系列</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>自然流量</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>labels %1</source>
        <translation>标签 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation><numerusform>%n 颗星</numerusform></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>价值 %1</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>已丢失：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>在此阶段 %n 天</numerusform></translation>
    </message>
    <message>
        <source>over this stage's limit</source>
        <translation>超过该阶段期限</translation>
    </message>
    <message>
        <source>follow-up overdue since %1</source>
        <translation>跟进已逾期，自 %1 起</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>下次跟进 %1</translation>
    </message>
    <message>
        <source>%1 to contact</source>
        <translation>还有 %1 需联系</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>已丢失：%1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有兴趣</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>New, raw leads</source>
        <translation>新的、未筛选的</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已筛选</translation>
    </message>
    <message>
        <source>In conversation</source>
        <translation>沟通中</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Leads</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>新建潜在客户…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>All leads as CSV…</source>
        <translation>全部潜在客户导出为 CSV…</translation>
    </message>
    <message>
        <source>Selected leads as vCards…</source>
        <translation>所选潜在客户导出为 vCard…</translation>
    </message>
    <message>
        <source>These leads as a Meta customer list…</source>
        <translation>将这些潜在客户导出为 Meta 客户列表…</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>邮件…</translation>
    </message>
    <message>
        <source>New leads waiting for their first contact</source>
        <translation>等待首次联系的新潜在客户</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone</source>
        <translation>搜索姓名、邮箱、电话</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>搜索潜在客户</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>任意阶段</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建时间从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <source>Show the lost leads</source>
        <translation>显示已丢失的潜在客户</translation>
    </message>
    <message>
        <source>Show the leads marked lost, with why (Restore puts them back)</source>
        <translation>显示标记为丢失的潜在客户及原因（恢复可放回看板）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>+ Name and phone or e-mail, Enter</source>
        <translation>+ 姓名和电话或邮箱，回车</translation>
    </message>
    <message>
        <source>Quick add a lead to %1</source>
        <translation>快速添加潜在客户到%1</translation>
    </message>
    <message>
        <source>A new lead in this stage: a name and a phone or e-mail, then Enter (the details dialog has the rest)</source>
        <translation>在此阶段新建潜在客户：姓名和电话或邮箱，然后回车（其余信息在详情中填写）</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>任意负责人</translation>
    </message>
    <message>
        <source>Any creator</source>
        <translation>任意创建人</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>任意标签</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) waiting</source>
        <translation><numerusform>%n 个新潜在客户等待中</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit</source>
        <translation><numerusform>%n 个超期</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n lead(s) to %1.</source>
        <translation><numerusform>已将 %n 个潜在客户移到 %1。</numerusform></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>已将 %1 添加到%2。</translation>
    </message>
    <message numerus="yes">
        <source>Took the stars from %n lead(s).</source>
        <translation><numerusform>已取消 %n 个潜在客户的星级。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Gave %n lead(s) %1.</source>
        <translation><numerusform>已为 %n 个潜在客户设为 %1。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n lead(s) lost: %1.</source>
        <translation><numerusform>已将 %n 个潜在客户标记为丢失：%1。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Put %n lead(s) back on the board.</source>
        <translation><numerusform>已将 %n 个潜在客户放回看板。</numerusform></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>标记为丢失</translation>
    </message>
    <message numerus="yes">
        <source>Why was it lost? (%n lead(s))</source>
        <translation><numerusform>为什么丢失？（%n 个潜在客户）</numerusform></translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>太贵</translation>
    </message>
    <message>
        <source>Went elsewhere</source>
        <translation>选择了别家</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>没有回复</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Date not available</source>
        <translation>日期不合适</translation>
    </message>
    <message>
        <source>Value set.</source>
        <translation>已设置价值。</translation>
    </message>
    <message>
        <source>Value removed.</source>
        <translation>已删除价值。</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>预期价值</translation>
    </message>
    <message>
        <source>What is this lead worth, in %1? (empty: no value)</source>
        <translation>这个潜在客户价值多少（%1）？（留空：无价值）</translation>
    </message>
    <message>
        <source>the business's currency</source>
        <translation>商家的货币</translation>
    </message>
    <message>
        <source>%1 has no conversation yet.</source>
        <translation>%1 还没有对话。</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>无星</translation>
    </message>
    <message>
        <source>Expected value…</source>
        <translation>预期价值…</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <source>Restore to the board</source>
        <translation>放回看板</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>标记为丢失…</translation>
    </message>
    <message numerus="yes">
        <source>Changed the owner of %n lead(s).</source>
        <translation><numerusform>已更改 %n 个潜在客户的负责人。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n lead(s).</source>
        <translation><numerusform>已为 %n 个潜在客户添加标签。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed a label from %n lead(s).</source>
        <translation><numerusform>已从 %n 个潜在客户删除标签。</numerusform></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>移到阶段</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>设置负责人</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>E-mail these leads…</source>
        <translation>给这些潜在客户发邮件…</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>导入潜在客户</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>潜在客户文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s).</source>
        <translation><numerusform>已导出 %n 个潜在客户。</numerusform></translation>
    </message>
    <message>
        <source>Save these filters as an audience…</source>
        <translation>将这些筛选条件保存为受众…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation><numerusform>%1（%n）</numerusform></translation>
    </message>
    <message>
        <source>Save audience</source>
        <translation>保存受众</translation>
    </message>
    <message>
        <source>Name of the audience</source>
        <translation>受众名称</translation>
    </message>
    <message>
        <source>Audience “%1” saved.</source>
        <translation>受众“%1”已保存。</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) so far</source>
        <translation><numerusform>目前 %n 行</numerusform></translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>The server your business sends e-mail through. The password is kept in this computer's password store (keyring), never in Sportello's database.</source>
        <translation>你的商家用来发送邮件的服务器。密码保存在本机的密码库（钥匙串）中，绝不会存进 Sportello 数据库。</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>发件地址</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>数据洞察</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The team's server does not answer: this cannot be shown until it is back.</source>
        <translation>团队服务器没有响应：恢复之前无法显示。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation><numerusform>%1，%n 条未读</numerusform></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import a &amp;Messenger export…</source>
        <translation>导入 &amp;Messenger 导出文件…</translation>
    </message>
    <message>
        <source>Export follow-ups to a &amp;calendar (.ics)…</source>
        <translation>将跟进导出到日历(&amp;C) (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>查找重复联系人(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>前往(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation>关于 Sportello(&amp;A)</translation>
    </message>
    <message>
        <source>Messenger export (.zip)</source>
        <translation>Messenger 导出文件 (.zip)</translation>
    </message>
    <message>
        <source>Facebook export (*.zip)</source>
        <translation>Facebook 导出文件 (*.zip)</translation>
    </message>
    <message>
        <source>Or the unpacked export folder</source>
        <translation>或已解压的导出文件夹</translation>
    </message>
    <message>
        <source>unknown size</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>Sportello %1 — a contact center for small businesses.</source>
        <translation>Sportello %1 — 面向小型企业的客服中心。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>Qt %1, PySide %2, SQLite %3</source>
        <translation>Qt %1，PySide %2，SQLite %3</translation>
    </message>
    <message>
        <source>About Sportello</source>
        <translation>关于 Sportello</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>当前身份</translation>
    </message>
    <message>
        <source>Current team member</source>
        <translation>当前团队成员</translation>
    </message>
    <message>
        <source>The team's server does not answer: reconnecting… Nothing can be saved until it is back; what you are writing stays.</source>
        <translation>团队服务器没有响应：正在重新连接… 恢复前无法保存任何内容；你正在写的内容会保留。</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>Also working: %1</source>
        <translation>同时在线：%1</translation>
    </message>
    <message>
        <source>Working now at other computers on the team's server:</source>
        <translation>正在团队服务器的其他电脑上工作：</translation>
    </message>
    <message>
        <source>Connected to the team's server again.</source>
        <translation>已重新连接到团队服务器。</translation>
    </message>
    <message>
        <source>No team yet</source>
        <translation>还没有团队</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Away until %1</source>
        <translation>离开至 %1</translation>
    </message>
    <message>
        <source>Click to turn Away off</source>
        <translation>点击取消离开</translation>
    </message>
    <message>
        <source>Away outside business hours; click to be Away by hand for 12 hours</source>
        <translation>营业时间外离开；点击手动离开 12 小时</translation>
    </message>
    <message>
        <source>You are Away: people who write get your away message.</source>
        <translation>你处于离开状态：来信的人会收到离开消息。</translation>
    </message>
    <message>
        <source>Outside business hours: people who write get your away message.</source>
        <translation>营业时间外：来信的人会收到离开消息。</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Click to set Away for 12 hours</source>
        <translation>点击设为离开 12 小时</translation>
    </message>
    <message>
        <source>Page status: %1</source>
        <translation>主页状态：%1</translation>
    </message>
</context>
<context>
    <name>MessengerImport</name>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import a Messenger export</source>
        <translation>导入 Messenger 导出文件</translation>
    </message>
    <message>
        <source>Which of these is your Page?</source>
        <translation>其中哪一个是你的主页？</translation>
    </message>
    <message>
        <source>Nothing was imported: the Page was not chosen.</source>
        <translation>未导入任何内容：未选择主页。</translation>
    </message>
    <message>
        <source>Imported %1 conversations, %2 new messages.</source>
        <translation>已导入 %1 个对话，%2 条新消息。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>没有导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n 个跟进</numerusform></translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>还有 %n 个</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>还有 %n 项</numerusform></translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>新建潜在客户</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>NoticesWindow</name>
    <message>
        <source>Time rules</source>
        <translation>时间规则</translation>
    </message>
    <message>
        <source>What the time rules ask you to look at</source>
        <translation>时间规则提醒你查看的内容</translation>
    </message>
    <message>
        <source>Enter or a double click opens it.</source>
        <translation>按回车或双击打开。</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) from the time rules</source>
        <translation><numerusform>来自时间规则的 %n 条通知</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: Settings → Time rules lists them all.</source>
        <translation><numerusform>…还有 %n 条：设置 → 时间规则中列出全部。</numerusform></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Leads</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>A card waiting in a stage longer than its limit is marked ⏳ on the board, and its column counts them. Converted is won: it has no limit.</source>
        <translation>在某阶段停留超过期限的卡片会在看板上标记 ⏳，并在该列计数。已转化即成交，没有期限。</translation>
    </message>
    <message>
        <source>How long a card may wait in each stage</source>
        <translation>卡片在每个阶段可停留多久</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Day limit of %1</source>
        <translation>%1的天数期限</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>First contact of a new lead from a form, within</source>
        <translation>表单新潜在客户的首次联系，在</translation>
    </message>
    <message>
        <source>First contact of a new lead within</source>
        <translation>新潜在客户首次联系时限</translation>
    </message>
    <message>
        <source>A new lead from a form counts down to its first contact on its card and in “new leads waiting”; a lead that comes in while you are closed counts from the next opening.</source>
        <translation>表单新潜在客户会在卡片和“等待中的新潜在客户”里倒计时首次联系；在打烊期间进来的，从下次营业开始计时。</translation>
    </message>
    <message>
        <source>The stages' names</source>
        <translation>阶段名称</translation>
    </message>
    <message>
        <source>Call the stages as your business does. Their meaning, and what Meta is told, stay the same.</source>
        <translation>按你的习惯命名各阶段。它们的含义以及告诉 Meta 的内容不变。</translation>
    </message>
    <message>
        <source>Name shown for %1</source>
        <translation>%1 的显示名称</translation>
    </message>
    <message>
        <source>Reasons a lead is lost (one a line)</source>
        <translation>潜在客户丢失的原因（每行一个）</translation>
    </message>
    <message>
        <source>Reasons a lead is lost, one a line</source>
        <translation>潜在客户丢失的原因，每行一个</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 正在回复…</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 正在回复…</translation>
    </message>
    <message>
        <source>%1 is viewing this conversation.</source>
        <translation>%1 正在查看此对话。</translation>
    </message>
    <message>
        <source>%1 are viewing this conversation.</source>
        <translation>%1 正在查看此对话。</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>e.g. Call back about the catering quote</source>
        <translation>例如：回电说明餐饮报价</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Nobody (everyone sees it)</source>
        <translation>无人（所有人可见）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation>明天 9:00</translation>
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>全部稍后提醒</translation>
    </message>
    <message>
        <source>Done all</source>
        <translation>全部完成</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more. Snooze all and Done all act on every one of them.</source>
        <translation><numerusform>…还有 %n 项。“全部稍后提醒”和“全部完成”对每一项都有效。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n 个跟进到期</numerusform></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>ReplyList</name>
    <message>
        <source>Saved replies</source>
        <translation>快捷回复</translation>
    </message>
</context>
<context>
    <name>ResponseTimePage</name>
    <message>
        <source>Response time</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>What the Page shows people about how fast you reply.</source>
        <translation>主页向访客显示的回复速度。</translation>
    </message>
    <message>
        <source>Automatically show average response time (recommended)</source>
        <translation>自动显示平均回复时间（推荐）</translation>
    </message>
    <message>
        <source>Typically replies within minutes</source>
        <translation>通常几分钟内回复</translation>
    </message>
    <message>
        <source>Typically replies within an hour</source>
        <translation>通常一小时内回复</translation>
    </message>
    <message>
        <source>Typically replies within a few hours</source>
        <translation>通常几小时内回复</translation>
    </message>
    <message>
        <source>Typically replies within a day</source>
        <translation>通常一天内回复</translation>
    </message>
    <message>
        <source>The automatic line is shown while the Page replies to at least 90% of messages and the inbox is used at least once a week; otherwise nothing is shown.</source>
        <translation>主页回复至少 90% 的消息且每周至少使用一次收件箱时，才显示自动说明；否则不显示。</translation>
    </message>
</context>
<context>
    <name>RuleRunner</name>
    <message>
        <source>The time rules could not run: %1</source>
        <translation>时间规则无法运行：%1</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>时间规则</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A lead stays in %1 without contact</source>
        <translation>潜在客户停留在“%1”且无人联系</translation>
    </message>
    <message>
        <source>A conversation waits for a reply</source>
        <translation>对话等待回复</translation>
    </message>
    <message>
        <source>A follow-up is overdue</source>
        <translation>跟进已逾期</translation>
    </message>
    <message>
        <source>Make a follow-up for its owner</source>
        <translation>为负责人创建跟进</translation>
    </message>
    <message>
        <source>Hand it to…</source>
        <translation>交给…</translation>
    </message>
    <message>
        <source>Flag it (a lead gets three stars)</source>
        <translation>标记（潜在客户获得三颗星）</translation>
    </message>
    <message>
        <source>Notify its owner</source>
        <translation>通知负责人</translation>
    </message>
    <message numerus="yes">
        <source>In %1 for %n hour(s) without contact</source>
        <translation><numerusform>在“%1”中 %n 小时无人联系</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a reply for %n hour(s)</source>
        <translation><numerusform>等待回复已 %n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A follow-up overdue by %n day(s)</source>
        <translation><numerusform>跟进逾期 %n 天</numerusform></translation>
    </message>
    <message>
        <source>follow-up made</source>
        <translation>已创建跟进</translation>
    </message>
    <message>
        <source>handed to %1</source>
        <translation>已交给 %1</translation>
    </message>
    <message>
        <source>someone who has left</source>
        <translation>已离开的成员</translation>
    </message>
    <message>
        <source>three stars</source>
        <translation>三颗星</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Hand it to %1</source>
        <translation>交给 %1</translation>
    </message>
    <message>
        <source>Give it three stars</source>
        <translation>给它三颗星</translation>
    </message>
    <message>
        <source>Flag it</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Contact this new lead: nobody has yet</source>
        <translation>联系这位新潜在客户：还没有人联系过</translation>
    </message>
    <message>
        <source>Answer this conversation: the customer is waiting</source>
        <translation>回复这个对话：客户正在等待</translation>
    </message>
    <message numerus="yes">
        <source>The time rules acted %n time(s).</source>
        <translation><numerusform>时间规则执行了 %n 次。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n action(s) of the time rules.</source>
        <translation><numerusform>已撤销时间规则的 %n 项操作。</numerusform></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Time rules</source>
        <translation>时间规则</translation>
    </message>
    <message>
        <source>What the app does by itself when something has waited too long. The rules run every minute while Sportello is open, and after each “sportello sync”. Each acts once per wait; what it did is kept on the lead or the conversation, and can be undone below.</source>
        <translation>当某件事等待过久时，应用会自动处理。Sportello 打开时规则每分钟运行一次，每次“sportello sync”之后也会运行。每条规则对每次等待只执行一次；所做的操作记录在潜在客户或对话上，并可在下方撤销。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>No rules yet: choose what should happen below, then Add the rule.</source>
        <translation>还没有规则：在下方选择要执行的操作，然后点击“添加规则”。</translation>
    </message>
    <message>
        <source>The rule is on</source>
        <translation>规则已启用</translation>
    </message>
    <message>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>For more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>然后</translation>
    </message>
    <message>
        <source>Hand it to</source>
        <translation>交给</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Also act on what is past the limit now</source>
        <translation>也处理当前已超过期限的项目</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add the rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>What the rules did</source>
        <translation>规则所做的操作</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Enter opens the lead or the conversation.</source>
        <translation>按回车打开潜在客户或对话。</translation>
    </message>
    <message>
        <source>Undo what they did</source>
        <translation>撤销所做的操作</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>A word for the notice (optional)</source>
        <translation>通知附言（可选）</translation>
    </message>
    <message numerus="yes">
        <source>Also act on the %n past the limit now</source>
        <translation><numerusform>也处理当前已超过期限的 %n 项</numerusform></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Rule saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <source>Rule removed. What it did stays below.</source>
        <translation>规则已删除。其操作记录仍保留在下方。</translation>
    </message>
</context>
<context>
    <name>SavedRepliesPage</name>
    <message>
        <source>Saved replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Answers you send often. Insert one in the composer from the picker or by typing / and its shortcut; fields like the customer's first name are filled in.</source>
        <translation>你经常发送的回复。可以从列表中插入，或在输入框中输入 / 和快捷词；客户名等字段会自动填写。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Shortcut (type / and this in the composer)</source>
        <translation>快捷词（在输入框中输入 / 加快捷词）</translation>
    </message>
    <message>
        <source>e.g. hours</source>
        <translation>例如 hours</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷词</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>No saved replies yet. Press New to write the first one.</source>
        <translation>还没有快捷回复。点击“新建”写第一条。</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>新回复</translation>
    </message>
    <message>
        <source>Hi {first_name}, </source>
        <translation>{first_name}，你好，</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <source>Insert a saved reply</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>搜索快捷回复</translation>
    </message>
    <message>
        <source>No saved reply matches. Create them in Settings → Saved replies.</source>
        <translation>没有匹配的快捷回复。请在“设置 → 快捷回复”中创建。</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Business</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>时间规则</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Instant reply</source>
        <translation>即时回复</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分区</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Inbox, Leads, Calendar, Insights, Settings</source>
        <translation>收件箱、潜在客户、日历、数据洞察、设置</translation>
    </message>
    <message>
        <source>Go to a conversation or a lead</source>
        <translation>前往对话或潜在客户</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>本快捷键表</translation>
    </message>
    <message>
        <source>Undo the last action (while its notice shows)</source>
        <translation>撤销上一步操作（提示显示期间）</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>搜索收件箱</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>回复中换行</translation>
    </message>
    <message>
        <source>Saved reply by its shortcut</source>
        <translation>用快捷词插入快捷回复</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <source>Insert a suggested reply</source>
        <translation>插入建议的回复</translation>
    </message>
    <message>
        <source>Flag or unflag</source>
        <translation>标记或取消标记</translation>
    </message>
    <message>
        <source>Mark unread or read</source>
        <translation>标为未读或已读</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标为已完成</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Move to the Inbox</source>
        <translation>移到收件箱</translation>
    </message>
    <message>
        <source>Move to Spam</source>
        <translation>移到垃圾信息</translation>
    </message>
    <message>
        <source>Block or unblock</source>
        <translation>屏蔽或取消屏蔽</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Show or hide sender info</source>
        <translation>显示或隐藏发件人信息</translation>
    </message>
    <message>
        <source>Move a lead to the next / previous stage</source>
        <translation>将潜在客户移到下一 / 上一阶段</translation>
    </message>
    <message>
        <source>Open the selected lead</source>
        <translation>打开所选潜在客户</translation>
    </message>
    <message>
        <source>Give the selected leads no to three stars</source>
        <translation>为所选潜在客户设置零到三颗星</translation>
    </message>
    <message>
        <source>Mark the selected leads lost (restore them in the Lost filter)</source>
        <translation>将所选潜在客户标记为流失（在“流失”筛选中恢复）</translation>
    </message>
    <message>
        <source>Show or hide the lost leads</source>
        <translation>显示或隐藏流失的潜在客户</translation>
    </message>
    <message>
        <source>The selected lead's expected value</source>
        <translation>所选潜在客户的预期价值</translation>
    </message>
    <message>
        <source>Calendar: move between days, new follow-up</source>
        <translation>日历：在日期间移动，新建跟进</translation>
    </message>
    <message>
        <source>Find duplicate contacts</source>
        <translation>查找重复联系人</translation>
    </message>
    <message>
        <source>Save (Settings)</source>
        <translation>保存（设置）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Raspberry</source>
        <translation>玫红</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>青色</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>紫罗兰</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>琥珀色</translation>
    </message>
    <message>
        <source>Own colour</source>
        <translation>自定颜色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Everyone who answers customers here. Each chooses who they are on their own computer, at the bottom right of the window.</source>
        <translation>在这里回复客户的每个人。每人在自己的电脑上（窗口右下角）选择自己是谁。</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Leaving the team</source>
        <translation>离开团队</translation>
    </message>
    <message>
        <source>Hand their work to</source>
        <translation>工作交给</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Always encrypted, the server's certificate checked</source>
        <translation>始终加密，并验证服务器证书</translation>
    </message>
    <message>
        <source>Not encrypted (a local network only)</source>
        <translation>不加密（仅限局域网）</translation>
    </message>
    <message>
        <source>Working from several computers</source>
        <translation>在多台电脑上工作</translation>
    </message>
    <message>
        <source>This computer works on the team's server at %1.</source>
        <translation>这台电脑正在使用位于 %1 的团队服务器。</translation>
    </message>
    <message>
        <source>This computer works on its own file. For several computers at once, the team keeps its data on one PostgreSQL server.</source>
        <translation>这台电脑使用它自己的文件。若要多台电脑同时使用，团队会把数据放在一台 PostgreSQL 服务器上。</translation>
    </message>
    <message>
        <source>the server's name or address</source>
        <translation>服务器的名称或地址</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use it from the next start</source>
        <translation>下次启动时使用</translation>
    </message>
    <message>
        <source>Use this computer's own file</source>
        <translation>使用这台电脑自己的文件</translation>
    </message>
    <message>
        <source>The password is kept in this computer's password store, never in a file. To bring this computer's data to a new, empty server: sportello copy-to postgresql://USER@SERVER/DATABASE.</source>
        <translation>密码保存在这台电脑的密码库中，从不写入文件。要把这台电脑的数据搬到一台新的空服务器：sportello copy-to postgresql://用户@服务器/数据库。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>已连接：%1。</translation>
    </message>
    <message>
        <source>Sportello opens on the team's server the next time it starts.</source>
        <translation>Sportello 下次启动时将打开团队服务器。</translation>
    </message>
    <message>
        <source>Sportello opens on this computer's own file the next time it starts.</source>
        <translation>Sportello 下次启动时将打开这台电脑自己的文件。</translation>
    </message>
    <message>
        <source>%1 (not active)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Hands %1 conversation(s), %2 lead(s) and %3 open follow-up(s) to %4.</source>
        <translation>将 %1 个对话、%2 条潜在客户和 %3 条未完成跟进交给 %4。</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>%1 is no longer on the team.</source>
        <translation>%1 已不在团队中。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>Personalize</source>
        <translation>个性化</translation>
    </message>
    <message>
        <source>Insert a personalization field</source>
        <translation>插入个性化字段</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview with a sample contact</source>
        <translation>用示例联系人预览</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation><numerusform>还剩 %n 个字符</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many</source>
        <translation><numerusform>超出 %n 个字符</numerusform></translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <source>Automatic reply · Instant reply</source>
        <translation>自动回复 · 即时回复</translation>
    </message>
    <message>
        <source>Automatic reply · Away message</source>
        <translation>自动回复 · 离开消息</translation>
    </message>
    <message>
        <source>Automatic reply · Greeting</source>
        <translation>自动回复 · 问候语</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <source>This message was unsent.</source>
        <translation>此消息已撤回。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>file not found in export</source>
        <translation>导出文件中未找到该文件</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Human agent</source>
        <translation>人工客服</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n 分钟</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n 小时</numerusform></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n 秒</numerusform></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>WaitingCard</name>
    <message>
        <source>Waiting for reply</source>
        <translation>等待回复</translation>
    </message>
    <message>
        <source>Requests waiting for a reply, most urgent first</source>
        <translation>等待回复的请求，最紧急的在前</translation>
    </message>
    <message>
        <source>Nobody is waiting. Well done!</source>
        <translation>没有人在等待。做得好！</translation>
    </message>
    <message>
        <source>%1 left for 15 min</source>
        <translation>距 15 分钟还剩 %1</translation>
    </message>
    <message>
        <source>15 min passed</source>
        <translation>已超过 15 分钟</translation>
    </message>
    <message>
        <source>waiting %1 · %2 · %3 left to answer</source>
        <translation>已等待 %1 · %2 · 还有 %3 可回复</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>打开对话</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Sportello</source>
        <translation>欢迎使用 Sportello</translation>
    </message>
    <message>
        <source>Your customers' messages, leads and follow-ups, in one window on this computer. How would you like to begin?</source>
        <translation>客户的消息、潜在客户和跟进，都在这台电脑的一个窗口里。你想如何开始？</translation>
    </message>
    <message>
        <source>Start my business</source>
        <translation>创建我的商家</translation>
    </message>
    <message>
        <source>Name, website, country and time zone, and you as its first team member.</source>
        <translation>名称、网站、国家和时区，以及作为第一位团队成员的你。</translation>
    </message>
    <message>
        <source>Look around a demo business</source>
        <translation>看看演示商家</translation>
    </message>
    <message>
        <source>A pizzeria with its customers, leads and follow-ups, in a folder of its own: nothing of yours is touched.</source>
        <translation>一家比萨店及其客户、潜在客户和跟进，放在单独的文件夹里：不会动到你的任何数据。</translation>
    </message>
    <message>
        <source>Import a Messenger export</source>
        <translation>导入 Messenger 导出文件</translation>
    </message>
    <message>
        <source>The .zip Facebook gives you from “Download your information”: your Page's conversations come in, with their photos.</source>
        <translation>Facebook“下载你的信息”提供的 .zip：导入主页的对话及其照片。</translation>
    </message>
    <message>
        <source>Connect my Facebook Page</source>
        <translation>连接我的 Facebook 主页</translation>
    </message>
    <message>
        <source>Messages, comments and lead forms arrive by themselves; you need the Page ID and a Page access token.</source>
        <translation>消息、评论和潜在客户表单会自动到达；需要主页编号和主页访问口令。</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>商家名称</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>你的名</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>你的姓</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Say who you are: your first name.</source>
        <translation>请说明你是谁：你的名字。</translation>
    </message>
</context>
<context>
    <name>_TextSettingPage</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Follow-up due</source>
        <translation>跟进到期</translation>
    </message>
</context>
</TS>