"""The automatic sync's timing: a minute after a success, capped exponential back-off with full jitter after
failures (at least what a server asked for with Retry-After), nothing after an error that will repeat, soon after a
save."""

import random
import statistics

import pytest

from counter_app.sync.schedule import BASE, CAP, FLOOR, INTERVAL, SOON, Schedule


def failing(times: int, draw=random.random) -> tuple[Schedule, float]:
    schedule = Schedule(draw)
    for _ in range(times):
        schedule.started()
        delay = schedule.failed(retry=True)
    return schedule, delay


def test_a_success_plans_the_next_run_in_a_minute():
    schedule = Schedule()
    schedule.started()
    assert schedule.succeeded() == INTERVAL == 60


@pytest.mark.parametrize("failures, ceiling", [(1, 60), (2, 120), (3, 240), (4, 480), (5, 600), (6, 600), (50, 600)])
def test_the_back_off_doubles_up_to_ten_minutes(failures, ceiling):
    assert failing(failures, draw=lambda: 0.999999)[1] == pytest.approx(ceiling, abs=0.01)
    assert failing(failures, draw=lambda: 0.0)[1] == FLOOR  # never a tight loop, however unlucky the draw
    assert failing(failures, draw=lambda: 0.5)[1] == pytest.approx((FLOOR + min(CAP, BASE * 2 ** (failures - 1))) / 2)


def test_the_jitter_spreads_desks_over_the_whole_window():
    seeded = random.Random(7)
    delays = []
    for _ in range(2000):
        _schedule, delay = failing(6, draw=seeded.random)
        delays.append(delay)
    assert FLOOR <= min(delays) < 30 and 570 < max(delays) <= CAP
    assert statistics.mean(delays) == pytest.approx((FLOOR + CAP) / 2, rel=0.05)
    assert len({round(d) for d in delays}) > 400  # not a handful of retry moments


def test_a_success_resets_the_back_off():
    schedule, _ = failing(8, draw=lambda: 0.999999)
    schedule.started()
    assert schedule.succeeded() == INTERVAL
    schedule.started()
    assert schedule.failed(retry=True) <= BASE


def test_an_error_that_will_repeat_is_not_retried_until_a_run_succeeds():
    schedule = Schedule()
    schedule.started()
    assert schedule.failed(retry=False) is None
    assert schedule.saved() is None  # saving does not bring it back either
    schedule.started()  # F5
    assert schedule.failed(retry=False) is None
    schedule.started()  # F5 once the province restored the desk
    assert schedule.succeeded() == INTERVAL
    assert schedule.saved() == SOON


def test_a_save_asks_for_a_run_soon_only_while_syncing_works():
    schedule = Schedule()
    assert schedule.saved() == SOON == 2
    schedule, _ = failing(1)
    assert schedule.saved() is None  # the back-off's run will send it


def test_a_save_during_a_run_is_sent_right_after_it():
    schedule = Schedule()
    schedule.started()
    assert schedule.saved() is None  # no second run while one is under way
    assert schedule.succeeded() == SOON
    schedule.started()
    assert schedule.succeeded() == INTERVAL


def test_a_server_that_asks_for_a_longer_wait_gets_it_within_the_cap():
    schedule = Schedule(lambda: 0.0)
    schedule.started()
    assert schedule.failed(retry=True, at_least=90) == 90  # Retry-After: 90, longer than this back-off's draw
    schedule.started()
    assert schedule.failed(retry=True, at_least=3) > 3  # shorter than the back-off: the back-off stands
    schedule.started()
    assert schedule.failed(retry=True, at_least=86400) == CAP  # never more than ten minutes
