import pytest

from db import inbox
from db.models import Contact, ContactLabel, Conversation, Label, Message, PagePost, TeamMember


@pytest.fixture
def small(any_db):
    """Two people, three conversations, a label and a thread: on each engine."""
    m1 = TeamMember.insert(first_name="Giulia", last_name="Rossi").execute()
    a = Contact.insert(first_name="Ada", last_name="Lovelace", created_at=0).execute()
    b = Contact.insert(first_name="Bo", last_name="", created_at=0).execute()
    vip = Label.insert(name="VIP", color="#F08C00").execute()
    ContactLabel.insert(contact=a, label=vip).execute()
    c1 = Conversation.insert(contact=a, folder="inbox", unread=True, flagged=False, assignee=m1, last_message_at=300,
                             snippet="hello", created_at=0).execute()
    c2 = Conversation.insert(contact=b, folder="inbox", unread=False, flagged=True, last_message_at=500,
                             snippet="ciao", created_at=0).execute()
    c3 = Conversation.insert(contact=b, folder="done", unread=True, last_message_at=100, created_at=0).execute()
    Message.insert(conversation=c1, direction="in", text="second", sent_at=200).execute()
    Message.insert(conversation=c1, direction="in", text="first", sent_at=100).execute()
    Message.insert(conversation=c1, direction="out", author=m1, text="third", sent_at=300).execute()
    return dict(m1=m1, a=a, b=b, vip=vip, c1=c1, c2=c2, c3=c3)


def test_folders_and_filters(small):
    s = small
    assert inbox.conversation_ids("inbox") == [s["c2"], s["c1"]]  # newest first
    assert inbox.conversation_ids("done") == [s["c3"]]
    assert inbox.conversation_ids("inbox", "unread") == [s["c1"]]
    assert inbox.conversation_ids("inbox", "flagged") == [s["c2"]]
    assert inbox.conversation_ids("inbox", "mine", member_id=s["m1"]) == [s["c1"]]
    assert inbox.conversation_ids("inbox", "unassigned") == [s["c2"]]
    assert inbox.conversation_ids("inbox", "label", label_id=s["vip"]) == [s["c1"]]
    with pytest.raises(ValueError):
        inbox.conversation_ids("trash")


def test_rows_carry_what_the_list_paints(small):
    rows = inbox.conversation_rows([small["c1"], small["c2"]])
    r = rows[small["c1"]]
    assert (r.contact_name, r.initials, r.unread, r.flagged, r.assignee_initials) == (
        "Ada Lovelace", "AL", True, False, "GR")
    assert r.labels == (("VIP", "#F08C00"),)
    assert rows[small["c2"]].labels == () and rows[small["c2"]].initials == "B"


def test_unread_counts_per_folder(small):
    assert inbox.unread_counts() == {"inbox": 1, "done": 1, "archived": 0, "spam": 0}
    inbox.mark_read(small["c1"])
    assert inbox.unread_counts()["inbox"] == 0


def test_thread_is_oldest_first_with_authors(small):
    messages = inbox.thread(small["c1"])
    assert [m.text for m in messages] == ["first", "second", "third"]
    assert messages[-1].author_name == "Giulia Rossi"
    assert inbox.most_recent_conversation() == small["c2"]


def test_actions_and_their_undo(small):
    s = small
    snap = inbox.set_flagged([s["c1"], s["c2"]], True)
    assert inbox.conversation_ids("inbox", "flagged") == [s["c2"], s["c1"]]
    inbox.restore(snap)
    assert inbox.conversation_ids("inbox", "flagged") == [s["c2"]]
    snap = inbox.move_to([s["c1"]], "done")
    assert inbox.conversation_ids("done") == [s["c1"], s["c3"]]
    inbox.restore(snap)
    assert inbox.conversation_ids("done") == [s["c3"]]
    snap = inbox.assign([s["c2"]], s["m1"])
    assert inbox.conversation_ids("inbox", "unassigned") == []
    inbox.restore(snap)
    inbox.set_unread([s["c2"]], True)
    assert inbox.unread_counts()["inbox"] == 2
    with pytest.raises(ValueError):
        inbox.move_to([s["c1"]], "trash")


def test_blocking_moves_every_conversation_of_the_person_to_spam(small):
    s = small
    snap = inbox.set_blocked([s["c2"]], True)  # contact b also owns c3 (done)
    assert inbox.conversation_state(s["c3"])[0] == "spam"
    assert inbox.conversation_ids("spam") == [s["c2"]]  # one row for the person: the newest
    assert inbox.conversation_state(s["c2"])[4] is True
    inbox.restore(snap)
    assert inbox.conversation_ids("spam") == [] and inbox.conversation_ids("done") == [s["c3"]]
    assert inbox.conversation_state(s["c2"])[4] is False
    inbox.set_blocked([s["c2"]], True)
    inbox.set_blocked([s["c2"]], False)
    assert inbox.conversation_ids("spam") == [] and inbox.conversation_ids("inbox") == [s["c2"], s["c1"]]
    assert inbox.conversation_state(s["c3"])[0] == "inbox"


def test_the_inbox_lists_people_not_conversations(small):
    """A person with two conversations in a folder is one row: the newest, saying how many
    others there are; the one opened from the contact panel can stand for them instead."""
    s = small
    older = Conversation.insert(contact=s["a"], folder="inbox", unread=True, last_message_at=50,
                                snippet="an old question", created_at=0).execute()
    assert inbox.conversation_ids("inbox") == [s["c2"], s["c1"]]
    assert inbox.conversation_ids("inbox", "unread") == [s["c1"]]
    # The filter picks the person's newest *matching* conversation.
    inbox.mark_read(s["c1"])
    assert inbox.conversation_ids("inbox", "unread") == [older]
    assert inbox.conversation_ids("inbox", prefer=older) == [s["c2"], older]
    assert inbox.conversation_ids("inbox", prefer=s["c3"]) == [s["c2"], s["c1"]]  # not in this folder
    rows = inbox.conversation_rows([s["c1"], s["c2"]])
    assert rows[s["c1"]].others == 1 and rows[s["c2"]].others == 1  # (Bo's is in Done)


def test_a_comment_row_carries_its_post(small):
    s = small
    PagePost.insert(id="p1", message="Our new <b>summer</b> menu", created_at=0).execute()
    Conversation.update(channel="comment", post_id="p1").where(Conversation.id == s["c1"]).execute()
    rows = inbox.conversation_rows([s["c1"], s["c2"]])
    assert rows[s["c1"]].post == "Our new <b>summer</b> menu" and rows[s["c2"]].post == ""
