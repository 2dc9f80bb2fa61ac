<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due or overdue.
The month view of every owner's follow-ups is on its way.</source>
        <translation><numerusform>%n follow-up due or overdue.
The month view of every owner's follow-ups is on its way.</numerusform><numerusform>%n follow-ups due or overdue.
The month view of every owner's follow-ups is on its way.</numerusform></translation>
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
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
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
        <source>Likes the Page since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has reviewed the Page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished" />
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
        <source>Filter conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folders</source>
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
        <source>No conversation open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a conversation on the left to read it.</source>
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
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response rate, response time and the “very responsive” badge,
computed the way Meta computes them, will be shown here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n lead(s) in four stages: neutral, interested, contacted, converted.
The board to move them through the stages is on its way.</source>
        <translation><numerusform>%n lead in four stages: neutral, interested, contacted, converted.
The board to move them through the stages is on its way.</numerusform><numerusform>%n leads in four stages: neutral, interested, contacted, converted.
The board to move them through the stages is on its way.</numerusform></translation>
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
        <source>Working as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current team member</source>
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
        <source>Available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page status: %1</source>
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
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Sportello</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sportello — a contact center for small businesses.
Database: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>your business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved replies, instant reply, away hours and the team of %1
will be set up here.</source>
        <translation type="unfinished" />
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
    <message>
        <source>Yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>