"""The desk verifies the provincial server's TLS certificate: a server whose certificate comes from the province's
own CA is refused until the desk is given that CA's bundle (``--ca-bundle``, or the first window's field), then
enrolment and sync work."""

import datetime
import ipaddress

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtWidgets import QDialogButtonBox

from counter_app.cli import main
from counter_app.services import first_run, reception
from counter_app.store import journal, open_store, settings
from counter_app.store.settings import desk_config
from counter_app.sync import engine
from counter_app.sync.client import SyncError
from counter_app.ui.first_run_dialog import FirstRunDialog
from counter_core.foundation.errors import InvalidInput
from tests.store.test_receive import khai_sinh
from tests.sync.conftest import serving
from tests.ui.keys import type_text


def _certificate(subject: str, key, issuer: x509.Name, issuer_key, ca: bool) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    else:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture(scope="module")
def province_ca(tmp_path_factory):
    """A province's own CA (ca.pem) and its server's certificate for 127.0.0.1 (server.pem, server.key)."""
    folder = tmp_path_factory.mktemp("tls")
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA Sở Thông tin và Truyền thông (thử)")])
    ca = _certificate("CA Sở Thông tin và Truyền thông (thử)", ca_key, ca_name, ca_key, ca=True)
    server = _certificate("motcua.test", server_key, ca_name, ca_key, ca=False)
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "server.pem").write_bytes(server.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return folder


@pytest.fixture(scope="module")
def tls_url(database_url, province_ca):
    with serving(
        database_url, ssl_certfile=str(province_ca / "server.pem"), ssl_keyfile=str(province_ca / "server.key")
    ) as url:
        yield url


def test_without_the_province_ca_the_desk_refuses_to_talk_and_with_it_enrols_and_syncs(
    make_desk, province, tls_url, province_ca
):
    desk, clerk = make_desk(1)
    code = province.desk_code(1)
    with pytest.raises(SyncError) as refused:
        engine.enrol(desk, tls_url, code)
    assert (
        refused.value.retry is False
        and "Chứng chỉ bảo mật (TLS) của máy chủ tỉnh không được xác minh" in refused.value.message
    )
    assert "sync.desk_id" not in settings.get_all(desk.store)
    result = engine.enrol(desk, tls_url, code, ca_bundle=str(province_ca / "ca.pem"))  # the code was not spent
    assert result["desk_id"] == f"{province.unit_code}-01"
    assert settings.get_all(desk.store)["sync.ca_bundle"] == str(province_ca / "ca.pem")
    reception.receive(desk, khai_sinh(desk), clerk)
    assert engine.sync(desk).outcomes == {"applied": 1}
    assert journal.outbox_counts(desk.store) == {"applied": 1}


def test_a_desk_whose_ca_setting_is_dropped_stops_syncing_with_a_clear_message(
    make_desk, province, tls_url, province_ca, capsys
):
    desk, _ = make_desk(1)
    engine.enrol(desk, tls_url, province.desk_code(1), ca_bundle=str(province_ca / "ca.pem"))
    with desk.store.write():
        settings.delete(desk.store, "sync.ca_bundle")
    with pytest.raises(SyncError) as refused:
        engine.sync(desk)
    assert refused.value.retry is False and refused.value.server_code == "certificate"
    folder = str(desk.store.path.parent)
    assert main(["--data-dir", folder, "--user", "toan", "sync", "--ca-bundle", str(province_ca / "ca.pem")]) == 0, (
        capsys.readouterr().err
    )
    assert main(["--data-dir", folder, "--user", "toan", "sync", "--ca-bundle", str(province_ca / "server.key")]) == 1
    assert "không chứa chứng chỉ PEM" in capsys.readouterr().err


@pytest.mark.parametrize("url", ["http://motcua.example.gov.vn", "ftp://127.0.0.1", "motcua.example.gov.vn"])
def test_a_server_address_without_https_is_refused_before_anything_is_sent(make_desk, url):
    desk, _ = make_desk(1)
    with pytest.raises(InvalidInput, match="phải bắt đầu bằng https://"):
        engine.enrol(desk, url, "ABCDEF1234")


def test_a_new_desk_connects_from_its_first_window_to_a_province_with_its_own_ca(
    qtbot, tmp_path, province, tls_url, province_ca
):
    store = open_store(tmp_path / "new-desk")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    type_text(dialog.server, tls_url)
    type_text(dialog.code, province.desk_code(4))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(dialog.busy.isHidden, timeout=30_000)
    assert dialog.message.text().startswith(f"The security (TLS) certificate of the server at {tls_url} could not")
    assert first_run.needed(store)
    type_text(dialog.ca_bundle, str(province_ca / "ca.pem"))
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # the code was not spent
    assert desk_config(store).desk == 4
    assert settings.get_all(store)["sync.ca_bundle"] == str(province_ca / "ca.pem")
    store.close()
