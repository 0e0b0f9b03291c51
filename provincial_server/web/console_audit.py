"""Console: the server's audit log (administrators): who changed what, when and from where, through the console or
the admin commands; sign-ins, sign-outs and lockouts too. As a page, CSV or Excel. Beside it, the server's security
events: lockouts of enrolment, of the console's sign-in and of the look-up, enrolment codes invalidated."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from starlette.responses import Response

from provincial_server.store import console as console_store
from provincial_server.web import downloads
from provincial_server.web.console import ROOT, Console
from provincial_server.web.site import Site

PAGE = f"{ROOT}/nhat-ky"
ACTIONS = {
    "login": "Đăng nhập",
    "logout": "Đăng xuất",
    "login.locked": "Tạm khóa đăng nhập",
    "unit.put": "Tạo / đổi tên đơn vị",
    "unit.office_hours": "Đặt giờ làm việc",
    "desk.enrolment_code": "Tạo mã đăng ký quầy",
    "desk.revoke": "Thu hồi quầy",
    "catalog.publish": "Công bố danh mục",
    "fee_table.publish": "Công bố biểu mức thu",
    "calendar.publish": "Công bố lịch",
    "tracking.publish": "Công bố địa chỉ mã QR",
    "export.portal": "Xuất dữ liệu lên cổng quốc gia",
    "province_user.put": "Tạo / sửa người dùng tỉnh",
    "province_user.unlock": "Mở khóa người dùng tỉnh",
    "dossier.decide": "Quyết định xử lý hồ sơ",
    "account.add": "Tạo / sửa tài khoản quầy",
    "account.disable": "Khóa tài khoản quầy",
}

EVENTS = {
    "enrolment_lockout": "Khóa đăng ký quầy (mã sai)",
    "enrolment_code_invalidated": "Mã đăng ký cũ bị hủy khi nâng cấp",
    "console_login_lockout": "Khóa đăng nhập trang quản trị",
    "console_address_held": "Tạm dừng đăng nhập từ một địa chỉ",
    "lookup_address_held": "Tạm dừng tra cứu từ một địa chỉ",
    "lookup_code_guessed": "Dò thông tin kiểm tra của một hồ sơ",
}


def router(site: Site, console: Console) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    @routes.get(PAGE)
    async def audit_page(request: Request) -> Response:
        user = await console.gate(request, admin=True)
        if isinstance(user, Response):
            return user
        rows = await site.db(console_store.audit_log, 500)
        for row in rows:
            row["detail_text"] = json.dumps(row["detail"], ensure_ascii=False) if row["detail"] is not None else ""
        kind = request.query_params.get("dinh-dang")
        if kind in downloads.FORMATS:
            header = ["Thời điểm", "Người thực hiện", "Địa chỉ", "Thao tác", "Đối tượng", "Chi tiết"]
            table = [
                [
                    r["at"],
                    r["actor"],
                    r["address"],
                    ACTIONS.get(r["action"], r["action"]),
                    r["target"],
                    r["detail_text"],
                ]
                for r in rows
            ]
            return downloads.table("nhat-ky", kind, "Nhật ký", header, table)
        return await console.page(
            request,
            user,
            "console/audit.html",
            rows=rows,
            actions=ACTIONS,
            events=await site.db(console_store.security_events),
            event_kinds=EVENTS,
            title="Nhật ký",
            page=PAGE,
        )

    return routes
