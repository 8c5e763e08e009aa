import gc

import pytest

from qa import cycles


def test_the_collector_is_paused_inside_and_restored_after_also_on_error():
    assert gc.isenabled()
    with cycles.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), cycles.paused():
        raise RuntimeError("a failed add")
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    gc.disable()
    try:
        with cycles.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
