<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <source>Assign to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other conversations with this person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AwayPage</name>
    <message>
        <source>Away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>While the Page is Away, people who write get the away message — at most once per conversation each time you are away — and the response metrics leave those requests out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send an away message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away automatically outside business hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several periods a day are fine, e.g. 12:00–14:30, 18:30–23:00. Leave a day empty when closed. Time zone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening hours on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save business hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed date to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (optional), e.g. Christmas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away until %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away outside business hours, until %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set Away for 12 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business hours saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sportello database (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PostgreSQL dump, for pg_restore (*.dump)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying the database to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup cancelled: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace everything in Sportello with the backup %1? The current database is kept aside, so this can be undone by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This window works on the team's server, which is restored where it runs: with pg_restore and a file that Back up now wrote. Restore from a backup replaces only this computer's own database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored. The previous database is kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BadgeCard</name>
    <message>
        <source>Very responsive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not very responsive yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>response rate · needs 90 % or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>response time · needs 15 min or less</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No requests yet: the badge is computed from the requests people send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it: answer new requests within 15 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Answer the next %n request(s) within 15 minutes to earn the badge.</source>
        <translation><numerusform>Answer the next %n request within 15 minutes to earn the badge.</numerusform><numerusform>Answer the next %n requests within 15 minutes to earn the badge.</numerusform></translation>
    </message>
    <message>
        <source>Answer every new request within 15 minutes: the window has many missed requests, so it takes a while to earn the badge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typically replies within minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typically replies within an hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typically replies within a few hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typically replies within a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not shown (fewer than 90 % of messages answered, or the inbox unused this week)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Page shows: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n request(s) between %1 and %2</source>
        <translation><numerusform>%n request between %1 and %2</numerusform><numerusform>%n requests between %1 and %2</numerusform></translation>
    </message>
    <message>
        <source>Counting business hours only: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your business as customers see it. The country is where phone numbers typed without their country code are from; the time zone is the one of your business hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month of follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups of the selected day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New follow-up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show follow-ups of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-ups. Double-click the day to add one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up moved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s).</source>
        <translation><numerusform>Exported %n follow-up.</numerusform><numerusform>Exported %n follow-ups.</numerusform></translation>
    </message>
</context>
<context>
    <name>CasesCard</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases by category and status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases in %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site or app problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assisting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n case(s).</source>
        <translation><numerusform>Exported %n case.</numerusform><numerusform>Exported %n cases.</numerusform></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect your Facebook Page to bring its Messenger conversations in and send replies out. The Page access token is kept in this computer's password store (keyring).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only when I press Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stages back to Meta (Conversions API)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each stage a lead from a Meta form reaches is sent to the dataset you connect here, so that Meta's ads find more people like the ones who became customers. Events Manager gives the dataset ID and its access token; the token is kept in the keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dataset connected: nothing is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 waiting, %2 sent, %3 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last refusal: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dataset ID is the number Events Manager shows for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Page ID is the number in your Page's About section.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Next try in %n minute(s).</source>
        <translation><numerusform>Next try in %n minute.</numerusform><numerusform>Next try in %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>Connect the Page first (Page ID and token).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation><numerusform>every %n minute</numerusform><numerusform>every %n minutes</numerusform></translation>
    </message>
    <message>
        <source>Sync by itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. New messages come in by themselves, and when you press Sync now.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new message(s).</source>
        <translation><numerusform>%n new message.</numerusform><numerusform>%n new messages.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) on the Page's posts.</source>
        <translation><numerusform>%n new comment on the Page's posts.</numerusform><numerusform>%n new comments on the Page's posts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the Page's forms.</source>
        <translation><numerusform>%n new lead from the Page's forms.</numerusform><numerusform>%n new leads from the Page's forms.</numerusform></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save %1 as a picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Suggested:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line, / for saved replies)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach photos or files (up to 25 MB each)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved replies…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a saved reply (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert the suggested reply “%1” (Alt+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can reply for %1 more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than 24 hours since the customer's last message: your reply will be sent with the HUMAN_AGENT tag (allowed until %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a comment on your post: you can send one private reply, until %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private reply to this comment has been sent. You can write again once the person answers in Messenger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can reply once the person has written to the Page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply window has closed: Messenger allows replies up to 7 days after the customer's last message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone on the Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 replied after you opened this conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their reply: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship with the Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in or correct…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in or correct what is known of this person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a label…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site or app problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assisting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo what the time rules did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a note only the team sees…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other conversations with this person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything held about this person, as a JSON file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase this person and everything about them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown person</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation><numerusform>%n conversation</numerusform><numerusform>%n conversations</numerusform></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likes the Page since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has reviewed the Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the label %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label %1, press to remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a lead yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is known of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export contact data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact data exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This person is no longer in Sportello.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase %1 and every message, note, lead, follow-up and file about them? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The person and %n message(s) were erased.</source>
        <translation><numerusform>The person and %n message were erased.</numerusform><numerusform>The person and %n messages were erased.</numerusform></translation>
    </message>
    <message>
        <source>Lead created in Neutral.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n h left</source>
        <translation><numerusform>%n h left</numerusform><numerusform>%n h left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation><numerusform>%n min left</numerusform><numerusform>%n min left</numerusform></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a comment on the post “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a comment on a post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to reply</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n other conversation(s)</source>
        <translation><numerusform>%n other conversation</numerusform><numerusform>%n other conversations</numerusform></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Sportello ran into a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something unexpected went wrong. Everything saved so far is safe. You can copy this report and send it to whoever looks after Sportello.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report is also saved in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same Meta id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name, nothing different</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation><numerusform>%n conversation</numerusform><numerusform>%n conversations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation><numerusform>%n lead</numerusform><numerusform>%n leads</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation><numerusform>%n label</numerusform><numerusform>%n labels</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n follow-up</numerusform><numerusform>%n follow-ups</numerusform></translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups of contacts that look like one person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a group to see what a merge would do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts look like one person.</source>
        <translation><numerusform>%n group of contacts look like one person.</numerusform><numerusform>%n groups of contacts look like one person.</numerusform></translation>
    </message>
    <message>
        <source>No duplicates found: every contact looks like a person of their own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their details do not differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To the one kept: %1. No message, note or follow-up is lost, and Undo puts everything back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing else moves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts merged into %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message numerus="yes">
        <source>E-mail %n lead(s)</source>
        <translation><numerusform>E-mail %n lead</numerusform><numerusform>E-mail %n leads</numerusform></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n lead(s) without an e-mail address will be left out.</source>
        <translation><numerusform>%n lead without an e-mail address will be left out.</numerusform><numerusform>%n leads without an e-mail address will be left out.</numerusform></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up the e-mail server in Settings → E-mail before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent %1 of %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The message cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message is {length} characters long; the limit is {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messenger shows at most {limit} questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A question has at most {limit} characters: “{question}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{part}” is not a period like 12:00–14:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{part}” is not a time of day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{part}” ends before it starts (periods cannot cross midnight).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} and {second} overlap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown response time choice {mode}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A saved reply needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A saved reply needs some text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shortcut is one word: letters, digits, - or _.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shortcut /{shortcut} is already used by “{title}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That saved reply no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a file that can be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A label name has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This person is no longer in Sportello.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is {size} MB; Messenger takes files up to {limit} MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write something or attach a file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A message holds at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A comment can get one private reply, and it has had it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can only reply after the person has written to the Page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply window has closed: Messenger allows replies up to 7 days after the customer's last message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sportello stopped while sending this, so it may or may not have reached the person. Check in Messenger before sending it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a message that failed can be sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply window has closed: this message can no longer be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A follow-up needs a few words saying what to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” is not a valid phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A lead needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That lead no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An audience needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the SMTP server's name, e.g. smtp.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port is a number between 1 and 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose STARTTLS, SSL or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the address the e-mails come from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password could not be stored: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password could not be read: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up the e-mail server first in Settings → E-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail needs a subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the e-mail server {host}:{port} ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail server refused the user name or password ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team's server is backed up with pg_dump, which is not installed on this computer. Install PostgreSQL's client tools (Debian and Ubuntu: postgresql-client), or make a local copy with “sportello --db ADDRESS copy-to FILE.db”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_dump could not back up the server: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a Sportello database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is damaged ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was written by a newer Sportello.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Page access token has expired or was revoked. Connect the Page again in Settings → Channels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messenger did not deliver it: the reply window has closed for this person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facebook asks us to slow down (rate limit); Sportello will try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facebook could not be reached ({detail}); Sportello will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facebook refused the request: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sportello stopped while sending this event; it is not sent again, so that Meta never counts it twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token could not be stored: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: Messenger no longer accepts the {tag} tag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: an automatic reply may go only within 24 hours of the customer's message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is no longer on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The work stopped unexpectedly (exit status {status}); nothing of it was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot tell which participant is the Page ({choices}); give it with --page NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” is not a country code such as IT or GB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR or GBP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” is not a time zone such as Europe/Rome.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who you are: your first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team member needs a first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand the work to someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least two contacts to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no contact {ids}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact {id} is not among those merged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merge cannot be undone: contact {id} exists again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the lead was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A lead has from none to three stars.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A stage's limit is from 1 to 365 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a phone number or an e-mail address with the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first contact's target is from 1 minute to 24 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A stage's name is at most 30 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two stages cannot have the same name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An overdue follow-up cannot make another follow-up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rule's limit is from 1 to {limit} days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rule's limit is from 1 to {limit} hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose who the rule hands the work to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That rule no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server has no user of that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No computer answers to that server name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not answer at that address: is it running, and is the port right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server and Sportello could not agree on an encrypted connection (sslmode).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A server's address reads postgresql://USER@HOST:PORT/NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the server's name or address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (PostgreSQL's is 5432).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the database's name and the user's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password could not be kept: this computer has no password store (keyring). Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sportello needs PostgreSQL 13 or newer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server lacks PostgreSQL's contrib extension unaccent: install it there (Debian: postgresql-contrib).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team's server cannot be reached, so this was not saved. Sportello reconnects by itself: try again in a moment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Customer first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GreetingPage</name>
    <message>
        <source>Greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown to people who open a chat with the Page, before they write. Messenger shows it; comments and e-mail do not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions to start with (ice breakers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to four questions Messenger offers under the greeting; a tap sends the question as the person's first message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Are you open today?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved; setting it on the Page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved and set on the Page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved here, but the Page did not take it: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import leads from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check what each column holds. Columns Sportello does not know are kept as answers to the form's questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stage column holds words that are not Sportello's stages. Choose what each one means:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stages of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the valid rows and skip the others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer to a question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip this column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the lead's stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read “%1” as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 rows can be imported; %3 have problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported leads: %1 new, %2 merged, %3 skipped.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n lead(s) kept their stage (a stage the file names was not chosen).</source>
        <translation><numerusform>%n lead kept their stage (a stage the file names was not chosen).</numerusform><numerusform>%n leads kept their stage (a stage the file names was not chosen).</numerusform></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <source>Flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to Spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Flagged %n conversation(s).</source>
        <translation><numerusform>Flagged %n conversation.</numerusform><numerusform>Flagged %n conversations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed the flag from %n conversation(s).</source>
        <translation><numerusform>Removed the flag from %n conversation.</numerusform><numerusform>Removed the flag from %n conversations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) unread.</source>
        <translation><numerusform>Marked %n conversation unread.</numerusform><numerusform>Marked %n conversations unread.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) read.</source>
        <translation><numerusform>Marked %n conversation read.</numerusform><numerusform>Marked %n conversations read.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to Done.</source>
        <translation><numerusform>Moved %n conversation to Done.</numerusform><numerusform>Moved %n conversations to Done.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n conversation(s).</source>
        <translation><numerusform>Archived %n conversation.</numerusform><numerusform>Archived %n conversations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to the Inbox.</source>
        <translation><numerusform>Moved %n conversation to the Inbox.</numerusform><numerusform>Moved %n conversations to the Inbox.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to Spam.</source>
        <translation><numerusform>Moved %n conversation to Spam.</numerusform><numerusform>Moved %n conversations to Spam.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Blocked: new messages from %n person(s) go to Spam.</source>
        <translation><numerusform>Blocked: new messages from %n person go to Spam.</numerusform><numerusform>Blocked: new messages from %n persons go to Spam.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %n person(s).</source>
        <translation><numerusform>Unblocked %n person.</numerusform><numerusform>Unblocked %n persons.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to %1.</source>
        <translation><numerusform>Assigned %n conversation to %1.</numerusform><numerusform>Assigned %n conversations to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) unassigned.</source>
        <translation><numerusform>%n conversation unassigned.</numerusform><numerusform>%n conversations unassigned.</numerusform></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in this folder matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation><numerusform>%n conversation found</numerusform><numerusform>%n conversations found</numerusform></translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search names and messages (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations in this folder will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag, mark unread, done, archive, spam, block, assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide sender info (Ctrl+Shift+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversation open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a conversation on the left to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who wrote, with their labels, notes and case, shows here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment on a post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message>
        <source>This conversation started as a comment on your Page's post. You can answer it with one private reply in Messenger, within 7 days of the comment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On your post: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View full size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response rate (rolling, end of each day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time in minutes (rolling, end of each day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests per day: answered and not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When customers write (weekday × hour)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered requests per team member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>90 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>15 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 response rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why leads are lost (click a bar for its leads)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won value per month (click a bar for its leads)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the leads report (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One row per lead: the dates of its stages, its value, lost and why, and how long its first answer took</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 response time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 request(s), %3 answered — click to list them</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n message(s)</source>
        <translation><numerusform>%1 %2:00–%2:59: %n message</numerusform><numerusform>%1 %2:00–%2:59: %n messages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answered, median %2</source>
        <translation><numerusform>%1: %n answered, median %2</numerusform><numerusform>%1: %n answered, median %2</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 now, %3 reached it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from the previous stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>median %1 days in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead marked lost yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s)</source>
        <translation><numerusform>%1: %n lead</numerusform><numerusform>%1: %n leads</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 won from %n lead(s)</source>
        <translation><numerusform>%1: %2 won from %n lead</numerusform><numerusform>%1: %2 won from %n leads</numerusform></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won per owner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead won yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the leads report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Leads report: %n lead(s) written.</source>
        <translation><numerusform>Leads report: %n lead written.</numerusform><numerusform>Leads report: %n leads written.</numerusform></translation>
    </message>
    <message>
        <source>Leads report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstantReplyPage</name>
    <message>
        <source>Instant reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent automatically to a person's first message ever to the Page — never again, even months later — and not while the Page is Away (the away message goes instead).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send an instant reply</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <source>Go to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name, an e-mail or a word of a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to a conversation or a lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of Sportello's windows, dates and numbers. It applies the next time Sportello starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart Sportello to see it in the new language.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Sportello cannot use the team's server at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this computer's own file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers to the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a label…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark selected done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo what the time rules did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This lead no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the time rules did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>labels %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation><numerusform>%n star</numerusform><numerusform>%n stars</numerusform></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lost: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>%n day in stage</numerusform><numerusform>%n days in stage</numerusform></translation>
    </message>
    <message>
        <source>over this stage's limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up overdue since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New, raw leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New lead…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All leads as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected leads as vCards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These leads as a Meta customer list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audiences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New leads waiting for their first contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, e-mail, phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the lost leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the leads marked lost, with why (Restore puts them back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Name and phone or e-mail, Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick add a lead to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new lead in this stage: a name and a phone or e-mail, then Enter (the details dialog has the rest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any creator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new lead(s) waiting</source>
        <translation><numerusform>%n new lead waiting</numerusform><numerusform>%n new leads waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit</source>
        <translation><numerusform>%n over the limit</numerusform><numerusform>%n over the limit</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n lead(s) to %1.</source>
        <translation><numerusform>Moved %n lead to %1.</numerusform><numerusform>Moved %n leads to %1.</numerusform></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Took the stars from %n lead(s).</source>
        <translation><numerusform>Took the stars from %n lead.</numerusform><numerusform>Took the stars from %n leads.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Gave %n lead(s) %1.</source>
        <translation><numerusform>Gave %n lead %1.</numerusform><numerusform>Gave %n leads %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n lead(s) lost: %1.</source>
        <translation><numerusform>Marked %n lead lost: %1.</numerusform><numerusform>Marked %n leads lost: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Put %n lead(s) back on the board.</source>
        <translation><numerusform>Put %n lead back on the board.</numerusform><numerusform>Put %n leads back on the board.</numerusform></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Why was it lost? (%n lead(s))</source>
        <translation><numerusform>Why was it lost? (%n lead)</numerusform><numerusform>Why was it lost? (%n leads)</numerusform></translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Went elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is this lead worth, in %1? (empty: no value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the business's currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no conversation yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected value…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore to the board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark lost…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Changed the owner of %n lead(s).</source>
        <translation><numerusform>Changed the owner of %n lead.</numerusform><numerusform>Changed the owner of %n leads.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n lead(s).</source>
        <translation><numerusform>Labelled %n lead.</numerusform><numerusform>Labelled %n leads.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed a label from %n lead(s).</source>
        <translation><numerusform>Removed a label from %n lead.</numerusform><numerusform>Removed a label from %n leads.</numerusform></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail these leads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s).</source>
        <translation><numerusform>Exported %n lead.</numerusform><numerusform>Exported %n leads.</numerusform></translation>
    </message>
    <message>
        <source>Save these filters as an audience…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation><numerusform>%1 (%n)</numerusform><numerusform>%1 (%n)</numerusform></translation>
    </message>
    <message>
        <source>Save audience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the audience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audience “%1” saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) so far</source>
        <translation><numerusform>%n row so far</numerusform><numerusform>%n rows so far</numerusform></translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server your business sends e-mail through. The password is kept in this computer's password store (keyring), never in Sportello's database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team's server does not answer: this cannot be shown until it is back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation><numerusform>%1, %n unread</numerusform><numerusform>%1, %n unread</numerusform></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a &amp;Messenger export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export follow-ups to a &amp;calendar (.ics)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messenger export (.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facebook export (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or the unpacked export folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sportello %1 — a contact center for small businesses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt %1, PySide %2, SQLite %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Sportello</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current team member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team's server does not answer: reconnecting… Nothing can be saved until it is back; what you are writing stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also working: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working now at other computers on the team's server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to the team's server again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to turn Away off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away outside business hours; click to be Away by hand for 12 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are Away: people who write get your away message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside business hours: people who write get your away message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to set Away for 12 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page status: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessengerImport</name>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a Messenger export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which of these is your Page?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: the Page was not chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 conversations, %2 new messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n follow-up</numerusform><numerusform>%n follow-ups</numerusform></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoticesWindow</name>
    <message>
        <source>Time rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the time rules ask you to look at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter or a double click opens it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n notice(s) from the time rules</source>
        <translation><numerusform>%n notice from the time rules</numerusform><numerusform>%n notices from the time rules</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: Settings → Time rules lists them all.</source>
        <translation><numerusform>…and %n more: Settings → Time rules lists them all.</numerusform><numerusform>…and %n more: Settings → Time rules lists them all.</numerusform></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A card waiting in a stage longer than its limit is marked ⏳ on the board, and its column counts them. Converted is won: it has no limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long a card may wait in each stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day limit of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First contact of a new lead from a form, within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First contact of a new lead within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new lead from a form counts down to its first contact on its card and in “new leads waiting”; a lead that comes in while you are closed counts from the next opening.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stages' names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call the stages as your business does. Their meaning, and what Meta is told, stay the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name shown for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons a lead is lost (one a line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons a lead is lost, one a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is viewing this conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 are viewing this conversation.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Call back about the catering quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody (everyone sees it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done all</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>…and %n more. Snooze all and Done all act on every one of them.</source>
        <translation><numerusform>…and %n more. Snooze all and Done all act on every one of them.</numerusform><numerusform>…and %n more. Snooze all and Done all act on every one of them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n follow-up due</numerusform><numerusform>%n follow-ups due</numerusform></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplyList</name>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponseTimePage</name>
    <message>
        <source>Response time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the Page shows people about how fast you reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatically show average response time (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typically replies within minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typically replies within an hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typically replies within a few hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typically replies within a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The automatic line is shown while the Page replies to at least 90% of messages and the inbox is used at least once a week; otherwise nothing is shown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RuleRunner</name>
    <message>
        <source>The time rules could not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time rules</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A lead stays in %1 without contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A conversation waits for a reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A follow-up is overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a follow-up for its owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand it to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag it (a lead gets three stars)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notify its owner</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>In %1 for %n hour(s) without contact</source>
        <translation><numerusform>In %1 for %n hour without contact</numerusform><numerusform>In %1 for %n hours without contact</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a reply for %n hour(s)</source>
        <translation><numerusform>Waiting for a reply for %n hour</numerusform><numerusform>Waiting for a reply for %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A follow-up overdue by %n day(s)</source>
        <translation><numerusform>A follow-up overdue by %n day</numerusform><numerusform>A follow-up overdue by %n days</numerusform></translation>
    </message>
    <message>
        <source>follow-up made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>handed to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>someone who has left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>three stars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand it to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give it three stars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact this new lead: nobody has yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer this conversation: the customer is waiting</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The time rules acted %n time(s).</source>
        <translation><numerusform>The time rules acted %n time.</numerusform><numerusform>The time rules acted %n times.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n action(s) of the time rules.</source>
        <translation><numerusform>Undone: %n action of the time rules.</numerusform><numerusform>Undone: %n actions of the time rules.</numerusform></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Time rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the app does by itself when something has waited too long. The rules run every minute while Sportello is open, and after each “sportello sync”. Each acts once per wait; what it did is kept on the lead or the conversation, and can be undone below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rules yet: choose what should happen below, then Add the rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rule is on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For more than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand it to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also act on what is past the limit now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the rules did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter opens the lead or the conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo what they did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A word for the notice (optional)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Also act on the %n past the limit now</source>
        <translation><numerusform>Also act on the %n past the limit now</numerusform><numerusform>Also act on the %n past the limit now</numerusform></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule removed. What it did stays below.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SavedRepliesPage</name>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers you send often. Insert one in the composer from the picker or by typing / and its shortcut; fields like the customer's first name are filled in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut (type / and this in the composer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved replies yet. Press New to write the first one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hi {first_name}, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <source>Insert a saved reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search saved replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved reply matches. Create them in Settings → Saved replies.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instant reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox, Leads, Calendar, Insights, Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to a conversation or a lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last action (while its notice shows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New line in the reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved reply by its shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a suggested reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag or unflag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark unread or read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to the Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to Spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block or unblock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide sender info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move a lead to the next / previous stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the selected leads no to three stars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected leads lost (restore them in the Lost filter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the lost leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected lead's expected value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar: move between days, new follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find duplicate contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raspberry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone who answers customers here. Each chooses who they are on their own computer, at the bottom right of the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leaving the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand their work to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always encrypted, the server's certificate checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not encrypted (a local network only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working from several computers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer works on the team's server at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer works on its own file. For several computers at once, the team keeps its data on one PostgreSQL server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server's name or address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use it from the next start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this computer's own file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is kept in this computer's password store, never in a file. To bring this computer's data to a new, empty server: sportello copy-to postgresql://USER@SERVER/DATABASE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sportello opens on the team's server the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sportello opens on this computer's own file the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not active)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hands %1 conversation(s), %2 lead(s) and %3 open follow-up(s) to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer on the team.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personalize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a personalization field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview with a sample contact</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation><numerusform>%n character left</numerusform><numerusform>%n characters left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many</source>
        <translation><numerusform>%n character too many</numerusform><numerusform>%n characters too many</numerusform></translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <source>Automatic reply · Instant reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic reply · Away message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic reply · Greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This message was unsent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file not found in export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Human agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WaitingCard</name>
    <message>
        <source>Waiting for reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests waiting for a reply, most urgent first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is waiting. Well done!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left for 15 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>15 min passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting %1 · %2 · %3 left to answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the conversation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Sportello</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your customers' messages, leads and follow-ups, in one window on this computer. How would you like to begin?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start my business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name, website, country and time zone, and you as its first team member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look around a demo business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pizzeria with its customers, leads and follow-ups, in a folder of its own: nothing of yours is touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a Messenger export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The .zip Facebook gives you from “Download your information”: your Page's conversations come in, with their photos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect my Facebook Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages, comments and lead forms arrive by themselves; you need the Page ID and a Page access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who you are: your first name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_TextSettingPage</name>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>