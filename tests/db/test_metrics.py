"""The response metrics, rule by rule, with hand-computed expectations."""
import math

import pytest

from db import metrics
from db.clock import DAY, HOUR, MINUTE
from db.models import AwayPeriod, Contact, Conversation, Message, TeamMember

T0 = 1_780_000_000  # an arbitrary moment; everything below is relative to it


@pytest.fixture
def page(any_db):
    TeamMember.insert(first_name="Giulia", last_name="Rossi").execute()
    TeamMember.insert(first_name="Marco", last_name="Bianchi").execute()
    return any_db


def conversation(folder="inbox"):
    contact = Contact.insert(first_name="C", created_at=0).execute()
    return Conversation.insert(contact=contact, folder=folder, last_message_at=0, created_at=0).execute()


def customer(conv, ts):
    Message.insert(conversation=conv, direction="in", text="q", sent_at=ts).execute()


def reply(conv, ts, author=1, automatic=None, state="sent"):
    Message.insert(conversation=conv, direction="out", author=None if automatic else author, automatic=automatic,
                   text="a", sent_at=ts, state=state).execute()


def answered_request(ts, after, author=1):
    c = conversation()
    customer(c, ts)
    reply(c, ts + after, author)
    return c


def at(as_of):
    return metrics.responsiveness(as_of)


# --- what a request is --------------------------------------------------------------------

def test_an_opening_message_and_its_follow_ups_are_one_request(page):
    c = conversation()
    customer(c, T0)
    customer(c, T0 + MINUTE)
    customer(c, T0 + 23 * HOUR)
    reply(c, T0 + 10 * MINUTE)
    state = at(T0 + 2 * DAY)
    assert (state.requests, state.answered, state.response_time_seconds) == (1, 1, 600)


@pytest.mark.parametrize("gap, requests", [(24 * HOUR - 1, 1), (24 * HOUR, 2)])
def test_a_new_request_after_24_hours_of_silence(page, gap, requests):
    c = conversation()
    customer(c, T0)
    reply(c, T0 + MINUTE)
    customer(c, T0 + MINUTE + gap)
    reply(c, T0 + 2 * MINUTE + gap)
    assert at(T0 + 5 * DAY).requests == requests


def test_automatic_messages_count_as_writing_for_the_silence(page):
    c = conversation()
    customer(c, T0)
    reply(c, T0 + 1, automatic="instant")
    reply(c, T0 + 5 * MINUTE)
    reply(c, T0 + 20 * HOUR, automatic="away")  # breaks the silence
    customer(c, T0 + 40 * HOUR)                  # only 20 h after the away message
    assert at(T0 + 5 * DAY).requests == 1


# --- what answers it ------------------------------------------------------------------------

@pytest.mark.parametrize("after, answered", [(24 * HOUR, 1), (24 * HOUR + 1, 0)])
def test_answered_only_within_24_hours(page, after, answered):
    answered_request(T0, after)
    state = at(T0 + 3 * DAY)
    assert (state.requests, state.answered) == (1, answered)


def test_automatic_replies_never_answer(page):
    c = conversation()
    customer(c, T0)
    reply(c, T0 + 1, automatic="instant")
    reply(c, T0 + 2, automatic="away")
    state = at(T0 + 3 * DAY)
    assert (state.requests, state.answered, state.response_time_seconds) == (1, 0, None)
    assert state.response_rate == 0


def test_the_first_human_reply_decides(page):
    c = conversation()
    customer(c, T0)
    reply(c, T0 + 25 * HOUR)      # too late: missed
    customer(c, T0 + 25 * HOUR + 60)  # within the same burst now (the reply broke no silence of 24 h)
    reply(c, T0 + 25 * HOUR + 120)
    state = at(T0 + 4 * DAY)
    assert (state.requests, state.answered) == (1, 0)


def test_a_failed_send_is_no_answer(page):
    c = conversation()
    customer(c, T0)
    reply(c, T0 + 60, state="failed")
    reply(c, T0 + 600)
    assert at(T0 + 2 * DAY).response_time_seconds == 600


# --- what is left out -----------------------------------------------------------------------

def test_spam_is_left_out(page):
    c = conversation("spam")
    customer(c, T0)
    answered_request(T0 + HOUR, 60)
    assert at(T0 + 3 * DAY).requests == 1


def test_requests_while_away_are_left_out(page):
    AwayPeriod.insert(start_at=T0, end_at=T0 + 12 * HOUR, source="manual").execute()
    answered_request(T0 - 1, 60)          # just before
    answered_request(T0, 60)              # away
    answered_request(T0 + 12 * HOUR - 1, 60)  # away
    answered_request(T0 + 12 * HOUR, 60)  # back
    assert at(T0 + 3 * DAY).requests == 2


def test_unanswered_then_done_is_left_out_but_answered_then_done_counts(page):
    c = conversation("done")
    customer(c, T0)
    d = conversation("done")
    customer(d, T0)
    reply(d, T0 + 60)
    state = at(T0 + 3 * DAY)
    assert (state.requests, state.answered) == (1, 1)


@pytest.mark.parametrize("age, counted", [(24 * HOUR - 1, 0), (24 * HOUR, 1)])
def test_an_unanswered_request_under_24_hours_is_pending(page, age, counted):
    c = conversation()
    customer(c, T0)
    assert at(T0 + age).requests == counted


def test_messages_after_as_of_do_not_exist(page):
    c = conversation()
    customer(c, T0)
    reply(c, T0 + 10 * MINUTE)
    customer(conversation(), T0 + DAY)
    state = at(T0 + 5 * MINUTE)
    assert state.requests == 0  # answered later, pending now
    state = at(T0 + 10 * MINUTE)
    assert (state.requests, state.answered) == (1, 1)


# --- the window -------------------------------------------------------------------------------

def test_window_is_30_days_up_to_the_most_recent_request(page):
    last = T0 + 100 * DAY
    for i in range(12):
        answered_request(last - i * DAY, 60)       # 12 requests in the last 12 days
    answered_request(last - 30 * DAY, 60)           # exactly 30 days before: inside
    answered_request(last - 30 * DAY - 1, 60)       # one second more: outside
    state = at(last + 2 * DAY)
    assert state.requests == 13
    assert (state.window_start, state.window_end) == (last - 30 * DAY, last)


def test_fewer_than_10_in_30_days_falls_back_to_the_last_10(page):
    last = T0 + 400 * DAY
    for i in range(4):
        answered_request(last - i * DAY, 60)
    # Older requests, spread far back (the lookback has to widen to find them).
    for i in range(10):
        answered_request(last - (60 + 30 * i) * DAY, 24 * HOUR + 5)  # each missed
    state = at(last + DAY)
    assert state.requests == 10
    assert state.answered == 4 and state.response_rate == 0.4
    assert state.window_start == last - (60 + 30 * 5) * DAY


def test_all_requests_when_fewer_than_10_exist(page):
    for i in range(3):
        answered_request(T0 + i * 40 * DAY, 60)
    assert at(T0 + 200 * DAY).requests == 3


# --- rate, time, badge ------------------------------------------------------------------------

def test_response_time_keeps_the_fastest_90_percent(page):
    # 10 answered: ceil(9) = 9 kept; the slowest (20 h) is dropped.
    for i, minutes in enumerate([1, 2, 3, 4, 5, 6, 7, 8, 9, 1200]):
        answered_request(T0 + i * HOUR, minutes * MINUTE)
    state = at(T0 + 3 * DAY)
    assert state.response_time_seconds == pytest.approx(sum(range(1, 10)) / 9 * MINUTE)
    # 11 answered: ceil(9.9) = 10 kept.
    answered_request(T0 + 11 * HOUR, 10 * MINUTE)
    state = at(T0 + 3 * DAY)
    assert state.answered == 11
    kept = sorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 1200, 10])[:math.ceil(0.9 * 11)]
    assert state.response_time_seconds == pytest.approx(sum(kept) / 10 * MINUTE)


def test_very_responsive_at_exactly_90_percent_and_15_minutes(page):
    for i in range(9):
        answered_request(T0 + i * HOUR, 15 * MINUTE)
    c = conversation()
    customer(c, T0 + 10 * HOUR)  # never answered
    state = at(T0 + 3 * DAY)
    assert state.response_rate == 0.9 and state.response_time_seconds == 900
    assert state.very_responsive
    assert metrics.requests_to_badge(state) == 0


def test_not_very_responsive_one_second_slower(page):
    for i in range(10):
        answered_request(T0 + i * HOUR, 15 * MINUTE + 1)
    state = at(T0 + 3 * DAY)
    assert state.response_rate == 1.0 and not state.very_responsive
    # Answering the next k requests in 5 minutes earns it, and k - 1 would not.
    k = metrics.requests_to_badge(state)
    assert k is not None and k >= 1
    # With k fast answers added, n = 10 + k answered, keep ceil(0.9 n) fastest:
    n = 10 + k
    keep = math.ceil(0.9 * n)
    kept = sorted([300] * k + [901] * 10)[:keep]
    assert sum(kept) / keep <= 900
    n = 10 + k - 1
    keep = math.ceil(0.9 * n)
    kept = sorted([300] * (k - 1) + [901] * 10)[:keep]
    assert sum(kept) / keep > 900


def test_no_requests_gives_nulls(page):
    state = at(T0)
    assert state.as_dict() | {"as_of": None} == {
        "as_of": None, "requests": 0, "answered": 0, "response_rate": None,
        "response_time_seconds": None, "very_responsive": False, "window_start": None, "window_end": None}


# --- waiting, series, per member ----------------------------------------------------------------

def test_waiting_for_reply_most_urgent_first(page):
    old = conversation()
    customer(old, T0)
    new = conversation()
    customer(new, T0 + 20 * MINUTE)
    answered_request(T0 + 5 * MINUTE, 60)
    waiting = metrics.waiting_for_reply(T0 + 30 * MINUTE)
    assert [w.conversation_id for w in waiting] == [old, new]
    assert waiting[0].waited_seconds == 30 * MINUTE
    assert waiting[0].left_for_badge == -15 * MINUTE
    assert waiting[1].left_in_window == 24 * HOUR - 10 * MINUTE
    # Past their 24 hours they are missed, no longer waiting.
    assert [w.conversation_id for w in metrics.waiting_for_reply(T0 + 24 * HOUR + 10 * MINUTE)] == [new]
    assert metrics.waiting_for_reply(T0 + 25 * HOUR) == []


def test_daily_series_matches_the_metric_at_each_day_end(page):
    for i in range(40):
        answered_request(T0 + i * 7 * HOUR, (i % 7 + 1) * 4 * MINUTE, author=1 + i % 2)
    as_of = T0 + 14 * DAY
    series = metrics.daily_series(as_of, days=10)
    assert len(series) == 10 and series[-1].day_end == as_of
    for point in series:
        state = metrics.responsiveness(point.day_end)
        assert point.response_rate == state.response_rate
        assert point.response_time_seconds == pytest.approx(state.response_time_seconds)
    assert sum(p.requests for p in series) == len([i for i in range(40)
                                                   if T0 + i * 7 * HOUR > series[0].day_end - DAY])


def test_per_member_counts_and_medians(page):
    answered_request(T0, 60, author=1)
    answered_request(T0 + HOUR, 180, author=1)
    answered_request(T0 + 2 * HOUR, 120, author=2)
    stats = {m.name: m for m in metrics.per_member(T0 - DAY, T0 + DAY)}
    assert (stats["Giulia Rossi"].answered, stats["Giulia Rossi"].median_response_seconds) == (2, 120)
    assert (stats["Marco Bianchi"].answered, stats["Marco Bianchi"].median_response_seconds) == (1, 120)


def test_heatmap_counts_customer_messages_by_weekday_and_hour(page):
    c = conversation()
    monday_9 = 1_779_094_800  # 2026-05-18 09:00 UTC, a Monday
    customer(c, monday_9)
    customer(c, monday_9 + 30 * MINUTE)
    reply(c, monday_9 + 40 * MINUTE)
    grid = metrics.weekday_hour_heatmap(monday_9 - DAY, monday_9 + DAY)
    assert grid[0][9] == 2 and sum(map(sum, grid)) == 2


def test_daily_series_reads_further_back_for_sparse_history(page):
    for i in range(12):
        answered_request(T0 + i * 20 * DAY, (i + 1) * 2 * MINUTE)
    unanswered = conversation()
    customer(unanswered, T0 + 235 * DAY)
    as_of = T0 + 240 * DAY
    for point in metrics.daily_series(as_of, days=8):
        state = metrics.responsiveness(point.day_end)
        assert (point.response_rate, point.response_time_seconds) == (
            state.response_rate, pytest.approx(state.response_time_seconds))
    assert metrics.responsiveness(as_of).requests == 10
