"""The FTS5 indexes follow their tables through insert, update and delete."""
from db.database import database


def matches(table, query):
    return [r[0] for r in database.execute_sql(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid", (query,))]


def setup_rows():
    database.execute_sql("INSERT INTO contact(id, first_name, last_name, created_at) VALUES (1, 'Ștefan', 'Mureșan', 0)")
    database.execute_sql("INSERT INTO conversation(id, contact_id, last_message_at, created_at) VALUES (1, 1, 0, 0)")
    database.execute_sql("INSERT INTO message(id, conversation_id, direction, text, sent_at)"
                         " VALUES (1, 1, 'in', 'Perché non rispondete?', 0)")
    database.execute_sql("INSERT INTO message(id, conversation_id, direction, text, sent_at)"
                         " VALUES (2, 1, 'out', 'Avem o ședință la ora 5', 0)")


def test_diacritics_are_folded(db_path):
    setup_rows()
    assert matches("message_fts", "perche") == [1]
    assert matches("message_fts", "sedinta") == [2]
    assert matches("contact_fts", "stefan muresan") == [1]


def test_updates_and_deletes_reach_the_index(db_path):
    setup_rows()
    database.execute_sql("UPDATE message SET text = 'grazie mille' WHERE id = 1")
    assert matches("message_fts", "perche") == []
    assert matches("message_fts", "grazie") == [1]
    database.execute_sql("DELETE FROM message WHERE id = 1")
    assert matches("message_fts", "grazie") == []
    database.execute_sql("UPDATE contact SET first_name = 'Andrei' WHERE id = 1")
    assert matches("contact_fts", "stefan") == []
    assert matches("contact_fts", "andrei") == [1]
    database.execute_sql("DELETE FROM contact WHERE id = 1")
    assert matches("contact_fts", "andrei") == []
    # The cascade removed message 2 as well, and with it its index entry.
    assert matches("message_fts", "sedinta") == []
