"""The window's table models pass Qt's QAbstractItemModelTester (pytest-qt's qtmodeltester; a breach is a Qt warning,
which fails the test) while they are filled, refilled, emptied and grown as the window does it."""

from counter_app.services import lookup, postal, reception
from counter_app.ui.dossier_model import DossierTableModel
from counter_app.ui.postal_lines import PostalLinesModel
from counter_core.domain.postal_batch import Flow
from tests.helpers.postal import items, ready_by_post
from tests.store.test_receive import khai_sinh


def test_the_dossier_list_model_passes_qts_model_tester(qtmodeltester, desk, clerk):
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    model = DossierTableModel()
    qtmodeltester.check(model)
    model.set_rows(lookup.find(desk))
    assert sorted(model.data(model.index(row, 0)) for row in range(model.rowCount())) == codes
    model.set_rows(lookup.find(desk, "no such owner"))
    assert model.rowCount() == 0


def test_the_postal_batch_model_passes_qts_model_tester(qtmodeltester, desk, clerk):
    dossier, envelope = ready_by_post(desk, clerk), items(1)[0]
    batch = postal.open_batch(desk, Flow.RESULTS, clerk)
    model = PostalLinesModel()
    qtmodeltester.check(model)
    model.set_batch(Flow.RESULTS, [])
    for code in (dossier, "XYZ-123", envelope):
        model.append(postal.scan(desk, batch["id"], code, clerk))
    assert [model.data(model.index(row, 1)) for row in range(3)] == [dossier, "XYZ-123", envelope]
    assert model.data(model.index(0, 5)) == envelope  # the envelope shows on its result's line too
