import pytest
from hypothesis import given, settings, strategies as st

from db import search, text


def contact(first, last=""):
    from db.models import Contact

    return Contact.insert(first_name=first, last_name=last, created_at=0).execute()


def conversation(contact_id, folder="inbox", last=0):
    from db.models import Conversation

    return Conversation.insert(contact=contact_id, folder=folder, last_message_at=last, created_at=0).execute()


def message(conv, body, at):
    from db.models import Conversation, Message

    Message.insert(conversation=conv, direction="in", text=body, sent_at=at).execute()
    Conversation.update(last_message_at=at).where(Conversation.id == conv, Conversation.last_message_at < at).execute()


@pytest.fixture
def sample(any_db):
    ada = conversation(contact("Ada", "Rossi"))
    message(ada, "Perché la pizza è arrivata fredda?", 100)
    ion = conversation(contact("Ștefan", "Mureșan"))
    message(ion, "Avem o ședință mâine, puteți livra catering?", 200)
    wang = conversation(contact("伟", "王"))
    message(wang, "你好！我想预订周六的桌位", 300)
    old = conversation(contact("Bo", "Old"), folder="done")
    message(old, "Prenotazione per sabato", 50)
    new = conversation(contact("Cy", "New"))
    message(new, "Vorrei prenotare un tavolo, perche no", 400)
    return dict(ada=ada, ion=ion, wang=wang, old=old, new=new)


def test_diacritics_folded_and_most_recent_first(sample):
    assert search.search_conversations("perche") == [sample["new"], sample["ada"]]
    assert search.search_conversations("sedinta") == [sample["ion"]]
    assert search.search_conversations("ȘEDINȚĂ") == [sample["ion"]]


def test_every_word_must_match_and_the_last_is_a_prefix(sample):
    assert search.search_conversations("prenot") == [sample["new"]]
    assert search.search_conversations("pizza fred") == [sample["ada"]]
    assert search.search_conversations("pizza tavolo") == []


def test_folder_is_respected(sample):
    assert search.search_conversations("prenot", folder="done") == [sample["old"]]


def test_contact_names(sample):
    assert search.search_conversations("stefan") == [sample["ion"]]
    assert search.search_conversations("ros") == [sample["ada"]]
    assert search.search_conversations("王伟") == [sample["wang"]]


@pytest.mark.parametrize("query", ["预订", "周六的", "桌", "我想预订周六的桌位", "你好"])
def test_chinese_is_found_by_substring(sample, query):
    assert search.search_conversations(query) == [sample["wang"]]


def test_chinese_that_is_not_there(sample):
    assert search.search_conversations("订周日") == []


def test_empty_and_punctuation_queries(sample):
    assert search.search_conversations("") == []
    assert search.search_conversations('  "*) OR ( NEAR ') == []  # no crash, only the word "OR"/"NEAR"


def test_many_matches_are_paged_and_capped(any_db):
    person = contact("Ann")
    for i in range(30):
        c = conversation(person)
        message(c, f"pizza {i}", i)
    found = search.search_conversations("pizza", limit=10)
    assert len(found) == 10
    assert found == sorted(found, reverse=True)


def test_highlight_spans_fold_accents():
    body = "Perché la PIZZA è arrivata"
    spans = text.match_spans(body, ["perche", "pizza"])
    assert [body[a:b] for a, b in spans] == ["Perché", "PIZZA"]
    assert text.match_spans("我想预订周六", ["预订"]) == [(2, 4)]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_text_is_a_valid_query(db_path_once, typed):
    search.search_conversations(typed)


@pytest.fixture(scope="module")
def db_path_once(tmp_path_factory):
    from db.database import close_database, open_database
    open_database(tmp_path_factory.mktemp("fuzz") / "s.db")
    yield
    close_database()


@pytest.mark.parametrize("typed", ["%", "_", "\\", "'; DROP TABLE message; --", "a%b_c\\d", "\x00", "::", "$1",
                                   "ț*", "预\\订", "NEAR(a b)", '"', "e" * 300, "?", "%s", "{}", "\ud83c"[:0] + "🍕"])
def test_what_a_query_language_would_read_is_plain_text_on_either_engine(sample, typed):
    """What the server's LIKE, tsquery or a placeholder would read as syntax is searched for as
    written: no error, and nothing found that does not hold it."""
    from db.models import Conversation, Message

    planted = conversation(contact("Zed"))
    message(planted, f"codice {typed} fine".replace("\x00", "\ufffd"), 500)  # (as a sync stores it)
    found = search.search_conversations(typed)
    assert set(found) <= {planted} | set(sample.values())
    assert Message.select().count() == 6 and Conversation.select().count() == 6
