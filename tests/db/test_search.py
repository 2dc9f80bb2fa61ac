import pytest
from hypothesis import given, settings, strategies as st

from db import search, text
from db.database import database


def contact(first, last=""):
    return database.execute_sql("INSERT INTO contact(first_name, last_name, created_at) VALUES (?, ?, 0)",
                                (first, last)).lastrowid


def conversation(contact_id, folder="inbox", last=0):
    return database.execute_sql("INSERT INTO conversation(contact_id, folder, last_message_at, created_at)"
                                " VALUES (?, ?, ?, 0)", (contact_id, folder, last)).lastrowid


def message(conv, body, at):
    database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (?, 'in', ?, ?)",
                         (conv, body, at))
    database.execute_sql("UPDATE conversation SET last_message_at = max(last_message_at, ?) WHERE id = ?", (at, conv))


@pytest.fixture
def sample(db_path):
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


def test_many_matches_are_paged_and_capped(db_path):
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
