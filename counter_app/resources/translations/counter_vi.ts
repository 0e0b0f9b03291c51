<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="50"/>
        <source>Backup and restore</source>
        <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="54"/>
        <source>Made at</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="54"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="54"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="64"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="67"/>
        <source>Restore the selected copy…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="88"/>
        <source>Copies are kept in {folder}. Each one was checked when it was made; the newest are kept, the oldest removed.</source>
        <translation>Các bản sao lưu được lưu tại {folder}. Mỗi bản đều đã được kiểm tra toàn vẹn khi tạo; phần mềm giữ các bản mới nhất và xóa các bản cũ nhất.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="117"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="127"/>
        <location filename="../../ui/backup_dialog.py" line="147"/>
        <location filename="../../ui/backup_dialog.py" line="156"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="129"/>
        <source>Put back the copy made at {made}? What the desk holds now is kept beside it first. If the desk is registered with the province, it records nothing new until its next sync has brought back what it had sent since.</source>
        <translation>Khôi phục bản sao lưu lúc {made}? Dữ liệu hiện có trên quầy sẽ được giữ lại trước. Nếu quầy đã đăng ký với máy chủ tỉnh, quầy sẽ không ghi nhận thao tác mới cho đến khi đồng bộ xong và lấy lại những gì đã gửi từ sau thời điểm đó.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="157"/>
        <source>The copy made at {made} is back in place.{rebase}</source>
        <translation>Đã khôi phục bản sao lưu lúc {made}.{rebase}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="159"/>
        <source> Press F5 to sync before receiving new dossiers.</source>
        <translation> Nhấn F5 để đồng bộ trước khi tiếp nhận hồ sơ mới.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="61"/>
        <source>Copies kept</source>
        <translation>Các bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="62"/>
        <source>The copies of the desk&apos;s database, newest first; select one to put it back</source>
        <translation>Các bản sao cơ sở dữ liệu của quầy, mới nhất trước; chọn một bản để khôi phục</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <location filename="../../ui/citizen_screen.py" line="34"/>
        <source>Appointment</source>
        <translation>Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_screen.py" line="35"/>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_screen.py" line="31"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_screen.py" line="32"/>
        <source>ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_screen.py" line="24"/>
        <source>Please check what is being recorded for you</source>
        <translation>Ông/bà vui lòng kiểm tra thông tin đang được ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_screen.py" line="33"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_screen.py" line="23"/>
        <source>Your dossier</source>
        <translation>Hồ sơ của ông/bà</translation>
    </message>
</context>
<context>
    <name>ClosingSyncDialog</name>
    <message>
        <location filename="../../ui/closing_sync.py" line="34"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/closing_sync.py" line="36"/>
        <source>Syncing one last time…</source>
        <translation>Đang đồng bộ lần cuối…</translation>
    </message>
    <message>
        <location filename="../../ui/closing_sync.py" line="63"/>
        <source>{n} action(s) not sent yet; they will be sent the next time the desk opens.</source>
        <translation>Còn {n} thao tác chưa gửi; sẽ gửi lần mở sau.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="96"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="97"/>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="98"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="99"/>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="100"/>
        <source>Returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="101"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="102"/>
        <source>Due within 24 h</source>
        <translation>Sắp đến hạn (24 giờ)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="103"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="104"/>
        <source>Waiting for a supplement</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="105"/>
        <source>Waiting for the post</source>
        <translation>Chờ chuyển bưu chính</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="106"/>
        <source>Received, papers digitised</source>
        <translation>Tiếp nhận, đã số hóa giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="107"/>
        <source>Returned, result digitised</source>
        <translation>Đã trả, kết quả đã số hóa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="110"/>
        <source>Rec.</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="111"/>
        <source>Ret.</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="112"/>
        <source>Today</source>
        <translation>Hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="113"/>
        <source>24 h</source>
        <translation>24 giờ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="114"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="115"/>
        <source>Suppl.</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="116"/>
        <source>Post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="117"/>
        <source>Digit.</source>
        <translation>Số hóa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="118"/>
        <source>Res. dig.</source>
        <translation>KQ số hóa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="121"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="136"/>
        <source>Sync with the province</source>
        <translation>Đồng bộ với tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="138"/>
        <source>To be dealt with…</source>
        <translation>Cần xử lý…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="151"/>
        <source>Clerk (received)</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="156"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="206"/>
        <source>The dashboard could not be read: {error}</source>
        <translation>Không đọc được số liệu tổng quan: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="211"/>
        <source>&lt;b&gt;Today, {day}&lt;/b&gt; — updated at {time}</source>
        <translation>&lt;b&gt;Hôm nay, {day}&lt;/b&gt; — cập nhật lúc {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="243"/>
        <source>this desk is not registered with the provincial server</source>
        <translation>quầy chưa đăng ký với máy chủ tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="245"/>
        <source>last synced at {moment}</source>
        <translation>đồng bộ lần cuối lúc {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="247"/>
        <source>never synced</source>
        <translation>chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="250"/>
        <source>Waiting to be sent: {backlog}
Set aside by the province: {set_aside}
Conflicts: {conflicts}
{last}</source>
        <translation>Chờ gửi lên tỉnh: {backlog}
Tỉnh từ chối (để riêng): {set_aside}
Xung đột: {conflicts}
{last}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="269"/>
        <source>{figure} on {day}</source>
        <translation>{figure} ngày {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="152"/>
        <source>Today&apos;s figures by clerk</source>
        <translation>Số liệu hôm nay theo cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="153"/>
        <source>Today&apos;s figures of each clerk; click a number to list its dossiers</source>
        <translation>Số liệu hôm nay của từng cán bộ; nhấp vào một số để xem danh sách hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="157"/>
        <source>Today&apos;s figures by procedure</source>
        <translation>Số liệu hôm nay theo thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="158"/>
        <source>Today&apos;s figures of each procedure; click a number to list its dossiers</source>
        <translation>Số liệu hôm nay của từng thủ tục; nhấp vào một số để xem danh sách hồ sơ</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/desk_window.py" line="58"/>
        <source>Counter — {unit}, desk {desk}</source>
        <translation>Counter — {unit}, quầy {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="65"/>
        <source>{name} ({role}) — {unit} ({code}) — desk {desk}</source>
        <translation>{name} ({role}) — {unit} ({code}) — quầy {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="79"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="81"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="82"/>
        <source>Sync status and problems…</source>
        <translation>Tình hình đồng bộ và việc cần xử lý…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="89"/>
        <source>Registers and reports…</source>
        <translation>Sổ và báo cáo…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="92"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="94"/>
        <source>Backup and restore…</source>
        <translation>Sao lưu và khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="96"/>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="183"/>
        <source>Sent to {printer}</source>
        <translation>Đã gửi tới máy in {printer}</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="185"/>
        <source>Slip saved as {path}</source>
        <translation>Đã lưu phiếu tại {path}</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="199"/>
        <source>Printing</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="199"/>
        <source>The slip could not be made: {error}</source>
        <translation>Không tạo được phiếu: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="212"/>
        <source>The screen is locked. Enter your password to go on.</source>
        <translation>Màn hình đã khóa. Nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="99"/>
        <source>Remove the demo data…</source>
        <translation>Xoá dữ liệu thử…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_window.py" line="62"/>
        <source>{name} ({role}) — desk {desk}</source>
        <translation>{name} ({role}) — quầy {desk}</translation>
    </message>
</context>
<context>
    <name>DossierListDialog</name>
    <message>
        <location filename="../../ui/dossier_list_dialog.py" line="29"/>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_list_dialog.py" line="48"/>
        <source>Double-click a dossier to open it in the Dossiers tab.</source>
        <translation>Nhấp đúp vào một hồ sơ để mở trong thẻ Hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_list_dialog.py" line="65"/>
        <source>{total} dossiers — the first {shown} are listed</source>
        <translation>{total} hồ sơ — hiển thị {shown} hồ sơ đầu</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_list_dialog.py" line="70"/>
        <source>{total} dossiers</source>
        <translation>{total} hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_list_dialog.py" line="39"/>
        <source>Dossiers behind the figure</source>
        <translation>Hồ sơ của số liệu</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_list_dialog.py" line="40"/>
        <source>Double-click a dossier, or select it and press Enter, to open it in the Dossiers tab</source>
        <translation>Nhấp đúp vào một hồ sơ, hoặc chọn rồi nhấn Enter, để mở trong thẻ Hồ sơ</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../ui/dossier_model.py" line="32"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="33"/>
        <source>Owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="34"/>
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="35"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="36"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="37"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>DossiersTab</name>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="69"/>
        <source>Code, name, ID number, phone or procedure (accents optional)</source>
        <translation>Mã hồ sơ, họ tên, số định danh, điện thoại hoặc thủ tục (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="79"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="104"/>
        <location filename="../../ui/dossiers_tab.py" line="108"/>
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="154"/>
        <source>Digitise papers…</source>
        <translation>Số hóa giấy tờ…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="155"/>
        <source>Scan or import the papers of this dossier</source>
        <translation>Quét hoặc nhập tệp các giấy tờ của hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="163"/>
        <location filename="../../ui/dossiers_tab.py" line="166"/>
        <source>Note for this step</source>
        <translation>Ghi chú cho bước này</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="169"/>
        <source>Change status</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="171"/>
        <source>Apologise, new date…</source>
        <translation>Xin lỗi, hẹn lại ngày trả…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="172"/>
        <source>Mẫu 04: a new appointment for a dossier that will be late</source>
        <translation>Mẫu 04: hẹn lại ngày trả kết quả cho hồ sơ sẽ bị quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="179"/>
        <source>Print</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="193"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="195"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="242"/>
        <source>Found in digitised papers: {hits}</source>
        <translation>Tìm thấy trong giấy tờ đã số hóa: {hits}</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="287"/>
        <source>Papers held as files</source>
        <translation>Giấy tờ được lưu thành tệp</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="304"/>
        <source>Owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="305"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="306"/>
        <source>Appointment on the receipt</source>
        <translation>Ngày hẹn trên giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="307"/>
        <source>Appointment now</source>
        <translation>Ngày hẹn hiện tại</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="308"/>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="309"/>
        <source>History</source>
        <translation>Lịch sử xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="335"/>
        <source>Digitise the papers of {code}</source>
        <translation>Số hóa giấy tờ của hồ sơ {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="346"/>
        <source>Opening the file…</source>
        <translation>Đang mở tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="72"/>
        <source>Search dossiers</source>
        <translation>Tìm hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="74"/>
        <source>Part of a dossier code, a name, an ID number, a phone number, a procedure or a word of a digitised paper; accents optional (Ctrl+F), e.g. nguyen van an</source>
        <translation>Một phần mã hồ sơ, họ tên, số định danh, số điện thoại, thủ tục hoặc một từ trong giấy tờ đã số hóa; gõ có dấu hay không dấu đều được (Ctrl+F). Ví dụ: nguyen van an</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="84"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="85"/>
        <source>List only the dossiers in one status, e.g. those waiting for a supplement</source>
        <translation>Chỉ liệt kê hồ sơ ở một trạng thái. Ví dụ: hồ sơ chờ bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="95"/>
        <source>Received from</source>
        <translation>Tiếp nhận từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="96"/>
        <source>The first day of reception to list (dd/mm/yyyy), e.g. 01/09/2026</source>
        <translation>Ngày tiếp nhận đầu tiên cần liệt kê (ngày/tháng/năm). Ví dụ: 01/09/2026</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="100"/>
        <source>Received until</source>
        <translation>Tiếp nhận đến ngày</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="101"/>
        <source>The last day of reception to list (dd/mm/yyyy), e.g. 30/11/2026</source>
        <translation>Ngày tiếp nhận cuối cùng cần liệt kê (ngày/tháng/năm). Ví dụ: 30/11/2026</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="109"/>
        <source>List only the dossiers of one procedure, by its code, e.g. 1.001193</source>
        <translation>Chỉ liệt kê hồ sơ của một thủ tục, theo mã thủ tục. Ví dụ: 1.001193</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="133"/>
        <source>Dossiers found</source>
        <translation>Hồ sơ tìm được</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="134"/>
        <source>The dossiers found; select one (arrow keys) to see its details and history</source>
        <translation>Các hồ sơ tìm được; chọn một hồ sơ (phím mũi tên) để xem chi tiết và quá trình xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="148"/>
        <source>Dossier details</source>
        <translation>Chi tiết hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="150"/>
        <source>The selected dossier: owner, dates, fee, history, and its papers held as files (a link opens one)</source>
        <translation>Hồ sơ đang chọn: chủ hồ sơ, các mốc thời gian, phí, quá trình xử lý và giấy tờ đã số hóa (nhấp liên kết để mở)</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="159"/>
        <source>Next status</source>
        <translation>Trạng thái tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="160"/>
        <source>The status the selected dossier moves to, e.g. → 4. sent for processing</source>
        <translation>Trạng thái mà hồ sơ đang chọn sẽ chuyển sang. Ví dụ: → 4. chuyển xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="167"/>
        <source>A short note kept in the dossier&apos;s history with the change, e.g. Chuyển công chức Tư pháp</source>
        <translation>Ghi chú ngắn lưu trong quá trình xử lý của hồ sơ cùng lần chuyển này. Ví dụ: Chuyển công chức Tư pháp</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="176"/>
        <source>Slip to print</source>
        <translation>Phiếu cần in</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_tab.py" line="177"/>
        <source>Which slip of the selected dossier to print, e.g. the receipt (Mẫu 01)</source>
        <translation>Phiếu nào của hồ sơ đang chọn cần in. Ví dụ: giấy tiếp nhận và hẹn trả kết quả (Mẫu 01)</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="43"/>
        <source>Set up this desk</source>
        <translation>Cấu hình quầy</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="46"/>
        <source>&amp;Connect to the province (with the code the province gave this desk)</source>
        <translation>&amp;Kết nối với máy chủ tỉnh (bằng mã tỉnh cấp cho quầy này)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="47"/>
        <source>&amp;Try Counter with demo data</source>
        <translation>&amp;Dùng thử Counter với dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="48"/>
        <source>Set up by &amp;hand (a commune without a province server)</source>
        <translation>Tự cấu &amp;hình (xã chưa có máy chủ tỉnh)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="51"/>
        <source>This desk is not configured yet. How do you want to start?</source>
        <translation>Quầy này chưa được cấu hình. Anh/chị muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="63"/>
        <source>Counter makes a demo unit with its accounts and 300 dossiers of the past months, so that you can try every window. Do not use it for real dossiers.</source>
        <translation>Counter tạo một đơn vị mẫu với các tài khoản và 300 hồ sơ của mấy tháng qua để anh/chị dùng thử mọi cửa sổ. Không dùng cho hồ sơ thật.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="71"/>
        <source>Type the unit&apos;s code and name, the desk number and the administrator&apos;s account yourself. The desk then works alone; it can be connected to a province server later.</source>
        <translation>Tự nhập mã và tên đơn vị, số hiệu quầy và tài khoản quản trị. Quầy khi đó làm việc một mình; sau này vẫn kết nối được với máy chủ tỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="79"/>
        <source>Working</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="83"/>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="105"/>
        <source>The address of the province&apos;s server, as the province wrote it, e.g. https://motcua.thanhhoa.gov.vn</source>
        <translation>Địa chỉ máy chủ của tỉnh, đúng như tỉnh ghi. Ví dụ: https://motcua.thanhhoa.gov.vn</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="108"/>
        <source>Province server address</source>
        <translation>Địa chỉ máy chủ tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="112"/>
        <source>The desk&apos;s one-time enrolment code from the province (28 characters in 7 groups of 4), typed or read from its QR code with the scanner, e.g. 7KQ2-XW9D-M4TR-8HJN-2PCZ-QV6E-K3WB</source>
        <translation>Mã đăng ký dùng một lần tỉnh cấp cho quầy (28 ký tự, 7 nhóm 4 ký tự), gõ vào hoặc quét mã QR bằng máy quét. Ví dụ: 7KQ2-XW9D-M4TR-8HJN-2PCZ-QV6E-K3WB</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="116"/>
        <source>Enrolment code</source>
        <translation>Mã đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="122"/>
        <source>Only if the province uses certificates of its own: the root certificate (CA) file it gave, e.g. D:\tinh\ca-tinh.pem. Leave it empty otherwise.</source>
        <translation>Chỉ khi tỉnh dùng chứng chỉ riêng: tệp chứng chỉ gốc (CA) tỉnh đã cấp. Ví dụ: D:\tinh\ca-tinh.pem. Nếu không thì để trống.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="126"/>
        <source>Province root certificate file</source>
        <translation>Tệp chứng chỉ gốc của tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="127"/>
        <source>&amp;Browse…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="128"/>
        <source>Choose the province root certificate file</source>
        <translation>Chọn tệp chứng chỉ gốc của tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="134"/>
        <source>Province &amp;server address</source>
        <translation>Địa chỉ máy &amp;chủ tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="135"/>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Mã đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="136"/>
        <source>Root certificate (&amp;optional)</source>
        <translation>Chứng chỉ &amp;gốc (tùy chọn)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="143"/>
        <source>The province&apos;s root certificate</source>
        <translation>Chứng chỉ gốc của tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="143"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="178"/>
        <source>Connecting to the province…</source>
        <translation>Đang kết nối với máy chủ tỉnh…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="181"/>
        <source>Making the demo data (a minute or so)…</source>
        <translation>Đang tạo dữ liệu mẫu (khoảng một phút)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="209"/>
        <source>The demo desk is ready. Sign in with one of these accounts: {users}; password: {password}.</source>
        <translation>Quầy dùng thử đã sẵn sàng. Đăng nhập bằng một trong các tài khoản: {users}; mật khẩu: {password}.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="95"/>
        <source>This desk is enrolled with the province: press OK to receive what the province has for it.</source>
        <translation>Quầy đã đăng ký với tỉnh: nhấn Đồng ý để nhận dữ liệu tỉnh cấp cho quầy.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help_window.py" line="43"/>
        <source>User guide — Counter</source>
        <translation>Hướng dẫn sử dụng — Counter</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="47"/>
        <source>Page of the guide</source>
        <translation>Trang hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="49"/>
        <source>Pages of the guide</source>
        <translation>Danh sách trang hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="53"/>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="56"/>
        <source>Back</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="57"/>
        <source>Forward</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="58"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="66"/>
        <source>Export to PDF…</source>
        <translation>Xuất ra PDF…</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake_form.py" line="117"/>
        <source>Dossier owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="118"/>
        <location filename="../../ui/intake_form.py" line="122"/>
        <source>Submitted by an authorised person</source>
        <translation>Người được ủy quyền nộp thay</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="123"/>
        <source>Submitter (authorised person)</source>
        <translation>Người nộp (được ủy quyền)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="130"/>
        <source>Document</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="130"/>
        <source>Original</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="130"/>
        <source>Certified copy</source>
        <translation>Bản chứng thực</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="130"/>
        <source>Photocopy</source>
        <translation>Bản photo</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="152"/>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="153"/>
        <source>Public postal service</source>
        <translation>Bưu chính công ích</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="158"/>
        <source>Scan or pick the package&apos;s item code</source>
        <translation>Quét hoặc chọn mã bưu gửi của bưu gửi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="162"/>
        <source>At the counter</source>
        <translation>Trực tiếp tại Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="163"/>
        <source>By post</source>
        <translation>Qua dịch vụ bưu chính công ích</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="203"/>
        <source>Number of sets</source>
        <translation>Số bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="233"/>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="239"/>
        <source>Postal item code</source>
        <translation>Mã bưu gửi</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="245"/>
        <source>Result returned</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="251"/>
        <source>Postal address</source>
        <translation>Địa chỉ nhận qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="209"/>
        <source>Quantity (copies, cases)</source>
        <translation>Số lượng (bản, trường hợp)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="215"/>
        <source>Pages of the original</source>
        <translation>Số trang bản chính</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="221"/>
        <source>Fee exemption</source>
        <translation>Đối tượng miễn phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="791"/>
        <source>Scanned papers: {pages} page(s) (F7)…</source>
        <translation>Giấy tờ đã quét: {pages} trang (F7)…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="195"/>
        <source>Case</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="227"/>
        <source>Competent unit</source>
        <translation>Đơn vị giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="286"/>
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="312"/>
        <source>Save and print the receipt (Ctrl+S)</source>
        <translation>Lưu và in giấy tiếp nhận (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="315"/>
        <source>Supplement request (Mẫu 02)</source>
        <translation>Phiếu yêu cầu bổ sung (Mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="316"/>
        <source>The dossier is incomplete: print every missing paper, save nothing</source>
        <translation>Hồ sơ chưa đầy đủ: in phiếu liệt kê mọi giấy tờ còn thiếu, không lưu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="318"/>
        <source>Refuse (Mẫu 03)…</source>
        <translation>Từ chối tiếp nhận (Mẫu 03)…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="322"/>
        <source>Digitise the papers</source>
        <translation>Số hóa giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="324"/>
        <location filename="../../ui/intake_form.py" line="793"/>
        <source>Scan papers (F7)…</source>
        <translation>Quét giấy tờ (F7)…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="477"/>
        <source> (if applicable)</source>
        <translation> (nếu có)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="517"/>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="530"/>
        <source>{name} (this unit)</source>
        <translation>{name} (đơn vị này)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="547"/>
        <source>Batch {batch}, {courier}</source>
        <translation>Lô {batch}, {courier}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="665"/>
        <location filename="../../ui/intake_form.py" line="727"/>
        <location filename="../../ui/intake_form.py" line="783"/>
        <source>Choose the procedure first.</source>
        <translation>Hãy chọn thủ tục hành chính trước.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="683"/>
        <source>The dossier is not complete: please correct the fields marked in red.</source>
        <translation>Hồ sơ chưa hợp lệ: hãy sửa các ô được đánh dấu đỏ.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="733"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Vui lòng sửa các ô được đánh dấu màu đỏ.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="744"/>
        <source>Every required paper is ticked: save and print the receipt instead.</source>
        <translation>Đã đủ giấy tờ bắt buộc: hãy lưu và in giấy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="755"/>
        <source>Refuse the dossier</source>
        <translation>Từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="755"/>
        <source>Reason for refusing (printed on Mẫu 03):</source>
        <translation>Lý do từ chối (in trên Mẫu 03):</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="296"/>
        <source>Fee and appointment</source>
        <translation>Lệ phí và ngày hẹn</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="491"/>
        <source>How many of this kind were handed in, e.g. {count}</source>
        <translation>Số bản loại này công dân nộp. Ví dụ: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="205"/>
        <source>How many sets of the dossier the citizen hands in, e.g. 1</source>
        <translation>Số bộ hồ sơ công dân nộp. Ví dụ: 1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="235"/>
        <source>How the dossier came in, e.g. In person; a postal item code sets the postal service</source>
        <translation>Hồ sơ được nộp qua kênh nào. Ví dụ: Trực tiếp; nhập mã bưu gửi thì chọn bưu chính công ích</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="94"/>
        <source>Name or code of the procedure, e.g. khai sinh; empty: the most used ↓</source>
        <translation>Tên hoặc mã thủ tục, ví dụ: khai sinh; để trống: thủ tục dùng nhiều nhất ↓</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="319"/>
        <source>Not for this office or not eligible: record why and print Mẫu 03</source>
        <translation>Không thuộc thẩm quyền hoặc không đủ điều kiện: ghi lý do và in Mẫu 03</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="217"/>
        <source>Pages of the original, for a fee per page, e.g. 4</source>
        <translation>Số trang của bản chính, khi lệ phí tính theo trang. Ví dụ: 4</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="292"/>
        <source>Papers</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="145"/>
        <source>Papers of the dossier</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="101"/>
        <source>Procedure search</source>
        <translation>Tìm thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="113"/>
        <source>Procedures found</source>
        <translation>Các thủ tục tìm thấy</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="313"/>
        <source>Receive the dossier, give it its code and print the receipt (Mẫu 01)</source>
        <translation>Tiếp nhận hồ sơ, cấp mã hồ sơ và in giấy tiếp nhận (Mẫu 01)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="325"/>
        <source>Scan or import each paper into its place in the list (số hóa)</source>
        <translation>Quét hoặc nhập từng giấy tờ vào đúng vị trí trong danh sách (số hóa)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="301"/>
        <source>Submission and return</source>
        <translation>Hình thức nộp và trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="198"/>
        <source>The case of the procedure: it sets the appointment and may set the fee, e.g. late registration</source>
        <translation>Trường hợp của thủ tục: quyết định ngày hẹn và có thể cả lệ phí. Ví dụ: đăng ký quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="241"/>
        <source>The item code of the package the post brought, scanned or picked, e.g. EA123456789VN</source>
        <translation>Mã bưu gửi trên bưu gửi do bưu điện chuyển đến, quét hoặc chọn. Ví dụ: EA123456789VN</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="141"/>
        <source>The papers the procedure asks for: Up and Down move, Space ticks the paper handed in; the numbers are how many of each kind, e.g. 1 original and 2 photocopies</source>
        <translation>Các giấy tờ thủ tục yêu cầu: phím mũi tên lên, xuống để di chuyển, phím cách để đánh dấu giấy tờ đã nộp; các số là số bản mỗi loại. Ví dụ: 1 bản chính và 2 bản photo</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="97"/>
        <source>The procedure: part of its name, accents optional, or its code, e.g. khai sinh or 1.001193. Left empty, the list shows the ten procedures this desk receives most: press Down, then Enter.</source>
        <translation>Thủ tục: gõ một phần tên (có dấu hoặc không dấu) hoặc mã thủ tục. Ví dụ: khai sinh hoặc 1.001193. Để trống, danh sách hiện mười thủ tục quầy này tiếp nhận nhiều nhất: nhấn mũi tên xuống rồi Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="111"/>
        <source>The procedures found, the likeliest first: Up and Down move, Enter takes one, e.g. 1.001193</source>
        <translation>Các thủ tục tìm thấy, thủ tục phù hợp nhất ở đầu: mũi tên lên, xuống để di chuyển, Enter để chọn. Ví dụ: 1.001193</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="229"/>
        <source>The unit that decides the dossier, when it is not this one, e.g. another commune&apos;s office</source>
        <translation>Đơn vị giải quyết hồ sơ, khi không phải đơn vị này. Ví dụ: UBND một xã khác</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="120"/>
        <source>Tick when someone submits for the owner with a power of attorney, e.g. a son for his father</source>
        <translation>Đánh dấu khi người khác nộp thay chủ hồ sơ theo ủy quyền. Ví dụ: con nộp thay cha</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="211"/>
        <source>What a fee per copy or per case is counted on, e.g. 3 copies to certify</source>
        <translation>Số lượng để tính lệ phí theo bản hoặc theo trường hợp. Ví dụ: 3 bản cần chứng thực</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="247"/>
        <source>Where the citizen gets the result, e.g. At the counter</source>
        <translation>Nơi công dân nhận kết quả. Ví dụ: Trực tiếp tại Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="253"/>
        <source>Where the result is posted, when it goes back by post, e.g. Thôn Phú Lộc, xã Quảng Phú</source>
        <translation>Địa chỉ gửi kết quả khi trả qua bưu chính. Ví dụ: Thôn Phú Lộc, xã Quảng Phú</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="223"/>
        <source>Who is exempted from the fee, by the catalog or the province&apos;s fee table, e.g. Trẻ em</source>
        <translation>Đối tượng được miễn phí, lệ phí theo danh mục thủ tục hoặc biểu mức thu của tỉnh. Ví dụ: Trẻ em</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="27"/>
        <source>Counter — sign in</source>
        <translation>Counter — đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="35"/>
        <location filename="../../ui/login.py" line="46"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="40"/>
        <location filename="../../ui/login.py" line="47"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="36"/>
        <source>Your account on this desk, as the administrator made it, e.g. lan</source>
        <translation>Tên tài khoản của bạn trên quầy này, do quản trị viên tạo. Ví dụ: lan</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="41"/>
        <source>Your password; it is not shown. Too many wrong passwords in a row lock the account for a while.</source>
        <translation>Mật khẩu của bạn; không hiển thị khi gõ. Nhập sai nhiều lần liên tiếp sẽ khóa tài khoản một thời gian.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Return results</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>No dossier with code {code}</source>
        <translation>Không có hồ sơ mã {code}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Saved {code}. Preparing the receipt…</source>
        <translation>Đã lưu {code}. Đang chuẩn bị giấy tiếp nhận…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Screen for the citizen…</source>
        <translation>Màn hình cho công dân…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Jobs</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Receive a new dossier (F2)</source>
        <translation>Tiếp nhận hồ sơ mới (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Find a dossier, change its status, print its slips (Ctrl+F)</source>
        <translation>Tìm hồ sơ, chuyển trạng thái, in phiếu (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Hand a result back to the citizen (F4)</source>
        <translation>Trả kết quả cho công dân (F4)</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <location filename="../../ui/papers_panel.py" line="395"/>
        <source>Save the papers</source>
        <translation>Lưu giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="395"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="397"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>PapersPanel</name>
    <message>
        <location filename="../../ui/papers_panel.py" line="96"/>
        <location filename="../../ui/papers_panel.py" line="204"/>
        <source>No page yet</source>
        <translation>Chưa có trang nào</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="105"/>
        <source>Scan (F8: the next paper)</source>
        <translation>Quét (F8: giấy tờ tiếp theo)</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="107"/>
        <source>Stop scanning</source>
        <translation>Dừng quét</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="110"/>
        <source>Import files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="112"/>
        <source>Import a folder…</source>
        <translation>Nhập cả thư mục…</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="114"/>
        <source>Turn the page</source>
        <translation>Xoay trang</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="116"/>
        <source>Remove the page</source>
        <translation>Bỏ trang</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="124"/>
        <source>Reading the words of papers (OCR, Vietnamese): on; they can be found from the search box.</source>
        <translation>Nhận dạng chữ trong giấy tờ (OCR, tiếng Việt): bật; chữ trong giấy tờ tìm được từ ô tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="126"/>
        <source>Reading the words of papers (OCR): off. {why}</source>
        <translation>Nhận dạng chữ trong giấy tờ (OCR): tắt. {why}</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="173"/>
        <source>{name} — {count} page(s)</source>
        <translation>{name} — {count} trang</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="260"/>
        <location filename="../../ui/papers_panel.py" line="275"/>
        <source>No scanner found: check that it is plugged in and switched on, or import files.</source>
        <translation>Không tìm thấy máy quét: kiểm tra cáp và nguồn điện của máy quét, hoặc nhập tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="283"/>
        <source>Scanning {name}…</source>
        <translation>Đang quét {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="297"/>
        <source>Page {page}: %p%</source>
        <translation>Trang {page}: %p%</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="303"/>
        <source>{count} page(s) scanned.</source>
        <translation>Đã quét {count} trang.</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="311"/>
        <source>Unexpected error (written to the log): {error}</source>
        <translation>Lỗi ngoài dự kiến (đã ghi vào nhật ký): {error}</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="326"/>
        <source>Import papers</source>
        <translation>Nhập giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="328"/>
        <source>Images and PDF ({patterns})</source>
        <translation>Ảnh và PDF ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="333"/>
        <source>Import a folder of papers</source>
        <translation>Nhập thư mục giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="342"/>
        <source>Importing {count} file(s)…</source>
        <translation>Đang nhập {count} tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="354"/>
        <source>Files imported.</source>
        <translation>Đã nhập tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="78"/>
        <source>Papers</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="79"/>
        <source>The papers of the procedure, in order; pick one, then scan or import its pages</source>
        <translation>Các giấy tờ của thủ tục theo thứ tự; chọn một giấy tờ rồi quét hoặc nhập các trang của nó</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="93"/>
        <source>Pages of the paper</source>
        <translation>Các trang của giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="94"/>
        <source>The pages of the chosen paper; drag one to reorder them, or select one to turn or remove it</source>
        <translation>Các trang của giấy tờ đang chọn; kéo để đổi thứ tự, hoặc chọn một trang để xoay hay xóa</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="102"/>
        <source>Scanner</source>
        <translation>Máy quét</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="103"/>
        <source>The document scanner to use, e.g. the one plugged into this computer</source>
        <translation>Máy quét tài liệu sẽ dùng. Ví dụ: máy quét đang cắm vào máy tính này</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/person_fields.py" line="29"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="30"/>
        <source>ID number (12 digits) or old ID (9)</source>
        <translation>Số định danh (12 số) hoặc CMND (9 số)</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="31"/>
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>Ngày sinh (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="32"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="33"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="34"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="35"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="38"/>
        <source>Full name as on the ID card, with its accents, e.g. Nguyễn Văn An</source>
        <translation>Họ và tên như trên thẻ căn cước, có dấu. Ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="40"/>
        <source>The 12-digit personal ID number, or the 9 digits of an old ID card, e.g. 001085012345</source>
        <translation>Số định danh cá nhân 12 chữ số, hoặc 9 chữ số của chứng minh nhân dân cũ. Ví dụ: 001085012345</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="42"/>
        <source>Date of birth as day/month/year, e.g. 05/08/1985</source>
        <translation>Ngày sinh theo ngày/tháng/năm. Ví dụ: 05/08/1985</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="43"/>
        <source>Gender as on the ID card, e.g. Nam</source>
        <translation>Giới tính như trên thẻ căn cước. Ví dụ: Nam</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="44"/>
        <source>Place of residence as on the ID card, e.g. Thôn Đông Hòa, xã Quảng Phú</source>
        <translation>Nơi cư trú như trên thẻ căn cước. Ví dụ: Thôn Đông Hòa, xã Quảng Phú</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="45"/>
        <source>A phone number to call about the dossier, e.g. 0912345678</source>
        <translation>Số điện thoại để liên hệ về hồ sơ. Ví dụ: 0912345678</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="46"/>
        <source>An e-mail address, if the person has one, e.g. nguyenvanan@gmail.com</source>
        <translation>Địa chỉ thư điện tử, nếu có. Ví dụ: nguyenvanan@gmail.com</translation>
    </message>
</context>
<context>
    <name>PostalLinesModel</name>
    <message>
        <location filename="../../ui/postal_lines.py" line="24"/>
        <source>#</source>
        <translation>TT</translation>
    </message>
    <message>
        <location filename="../../ui/postal_lines.py" line="25"/>
        <source>Scanned</source>
        <translation>Mã đã quét</translation>
    </message>
    <message>
        <location filename="../../ui/postal_lines.py" line="26"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/postal_lines.py" line="27"/>
        <source>Owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/postal_lines.py" line="28"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/postal_lines.py" line="29"/>
        <source>Item code</source>
        <translation>Mã bưu gửi</translation>
    </message>
    <message>
        <location filename="../../ui/postal_lines.py" line="30"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/postal_lines.py" line="83"/>
        <source>Waiting for its item code</source>
        <translation>Chờ quét mã bưu gửi</translation>
    </message>
    <message>
        <location filename="../../ui/postal_lines.py" line="85"/>
        <source>Goes in item {item}</source>
        <translation>Gửi trong bưu gửi {item}</translation>
    </message>
</context>
<context>
    <name>PostalScreen</name>
    <message>
        <location filename="../../ui/postal_screen.py" line="57"/>
        <source>Scan the item code of each package the postal employee hands over.</source>
        <translation>Quét mã bưu gửi của từng bưu gửi hồ sơ nhân viên bưu chính bàn giao.</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="58"/>
        <source>Scan a result&apos;s dossier code, then the item code of its envelope.</source>
        <translation>Quét mã hồ sơ của kết quả, rồi quét mã bưu gửi trên phong bì đựng kết quả đó.</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="59"/>
        <source>Scan the item code (or the dossier code) of each delivered result.</source>
        <translation>Quét mã bưu gửi (hoặc mã hồ sơ) của từng kết quả đã phát.</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="65"/>
        <source>New batch: dossiers received by post</source>
        <translation>Lô mới: nhận hồ sơ qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="66"/>
        <source>New batch: results handed to the post</source>
        <translation>Lô mới: giao kết quả cho bưu chính</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="67"/>
        <source>New batch: results delivered</source>
        <translation>Lô mới: xác nhận đã phát</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="84"/>
        <location filename="../../ui/postal_screen.py" line="88"/>
        <source>Batch</source>
        <translation>Lô</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="97"/>
        <source>Scan here (the scanner ends each code with Enter)</source>
        <translation>Quét mã tại đây (máy quét tự xuống dòng sau mỗi mã)</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="127"/>
        <source>Close the batch and print the hand-over list (F9)</source>
        <translation>Đóng lô và in danh sách bàn giao (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="131"/>
        <source>Print the hand-over list</source>
        <translation>In danh sách bàn giao</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="172"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="174"/>
        <source>closed {when}</source>
        <translation>đã đóng {when}</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="194"/>
        <source>No open batch</source>
        <translation>Chưa có lô nào đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="195"/>
        <source>Open a batch for what the postal employee brings or takes.</source>
        <translation>Mở một lô cho hồ sơ, kết quả nhân viên bưu chính giao hoặc nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="198"/>
        <source>Batch {number} — {flow}</source>
        <translation>Lô {number} — {flow}</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="200"/>
        <source>Opened {when} by {who}. {hint}</source>
        <translation>Mở lúc {when}, người mở: {who}. {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="204"/>
        <source>Closed {when} by {who}.</source>
        <translation>Đã đóng lúc {when}, người đóng: {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="267"/>
        <source>{total} lines — {ok} accepted — {refused} refused</source>
        <translation>{total} dòng — {ok} hợp lệ — {refused} bị từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="279"/>
        <source>Close batch {number}</source>
        <translation>Đóng lô {number}</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="280"/>
        <source>Full name of the postal employee (printed under their signature):</source>
        <translation>Họ tên nhân viên bưu chính (in dưới chữ ký):</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="294"/>
        <source>Batch closed: {n} recorded.</source>
        <translation>Đã đóng lô: ghi nhận {n} hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="295"/>
        <source>Not handed over: {list}</source>
        <translation>Không bàn giao: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="85"/>
        <source>The open batches and the latest closed ones; pick one to see its lines, e.g. an earlier batch</source>
        <translation>Các lô đang mở và các lô đã đóng gần nhất; chọn một lô để xem các dòng. Ví dụ: một lô trước đó</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="100"/>
        <source>Scan field</source>
        <translation>Ô quét mã</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="102"/>
        <source>Each code scanned or typed here, ended by Enter: a dossier code or a postal item code, e.g. 000.00.31.H56-261123-0001 or EE123456785VN</source>
        <translation>Từng mã quét hoặc gõ vào đây, kết thúc bằng Enter: mã hồ sơ hoặc mã bưu gửi. Ví dụ: 000.00.31.H56-261123-0001 hoặc EE123456785VN</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="120"/>
        <source>Lines of the batch</source>
        <translation>Các dòng của lô</translation>
    </message>
    <message>
        <location filename="../../ui/postal_screen.py" line="121"/>
        <source>One line per scan, in order; refused ones in red, their reason in the line&apos;s tooltip</source>
        <translation>Mỗi lần quét một dòng, theo thứ tự; dòng bị từ chối tô đỏ, lý do hiện khi rê chuột vào dòng</translation>
    </message>
</context>
<context>
    <name>ReceptionChart</name>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="80"/>
        <source>Received today, per clerk and channel</source>
        <translation>Tiếp nhận hôm nay theo cán bộ và kênh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="96"/>
        <source>Nothing received yet</source>
        <translation>Chưa tiếp nhận hồ sơ nào</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../ui/reports_dialog.py" line="51"/>
        <source>Registers and reports</source>
        <translation>Sổ và báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="54"/>
        <source>Register of dossiers (Mẫu 06/07)</source>
        <translation>Sổ theo dõi hồ sơ (Mẫu 06/07)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="55"/>
        <source>Periodic report, Biểu II.06a</source>
        <translation>Báo cáo định kỳ, Biểu II.06a</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="56"/>
        <source>On time and late, by procedure and by clerk</source>
        <translation>Tỷ lệ đúng hạn, trễ hạn theo thủ tục và cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="57"/>
        <source>Satisfaction ratings, by officer</source>
        <translation>Đánh giá sự hài lòng, theo cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="58"/>
        <source>Fees collected, by procedure</source>
        <translation>Phí, lệ phí đã thu, theo thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="64"/>
        <source>PDF (to print)</source>
        <translation>PDF (để in)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="65"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="67"/>
        <source>At the unit that decides it</source>
        <translation>Tại đơn vị có thẩm quyền giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="68"/>
        <source>At the unit that received it</source>
        <translation>Tại đơn vị tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="69"/>
        <source>Biểu II.06a only: a dossier received here for another unit, or there for us</source>
        <translation>Chỉ cho Biểu II.06a: hồ sơ tiếp nhận tại đây cho đơn vị khác, hoặc tại đơn vị khác cho đơn vị này</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="77"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="78"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="79"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="80"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="81"/>
        <source>Count dossiers</source>
        <translation>Tính hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="86"/>
        <source>Make the report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="89"/>
        <source>Open it again</source>
        <translation>Mở lại tệp</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="133"/>
        <source>Making {report} from {start} to {end}…</source>
        <translation>Đang lập {report} từ ngày {start} đến ngày {end}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="210"/>
        <source>Saved as {path}</source>
        <translation>Đã lưu tại {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="215"/>
        <source>The report could not be made: {error}</source>
        <translation>Không lập được báo cáo: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="221"/>
        <source>Saved as {path}; no program on this computer opens it.</source>
        <translation>Đã lưu tại {path}; máy này không có chương trình mở được tệp này.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="92"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="179"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="193"/>
        <source>Making page {page} of {pages}…</source>
        <translation>Đang tạo trang {page}/{pages}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="195"/>
        <source>Writing row {row} of {rows}…</source>
        <translation>Đang ghi dòng {row}/{rows}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="206"/>
        <source>Stopped: no file was made.</source>
        <translation>Đã dừng: không tạo tệp nào.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="71"/>
        <source>The register or report to make, e.g. the register of dossiers (Mẫu 06/07)</source>
        <translation>Sổ hoặc báo cáo cần lập. Ví dụ: sổ theo dõi hồ sơ (Mẫu 06/07)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="72"/>
        <source>The first day of the period (dd/mm/yyyy), e.g. 01/11/2026</source>
        <translation>Ngày đầu kỳ (ngày/tháng/năm). Ví dụ: 01/11/2026</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="73"/>
        <source>The last day of the period (dd/mm/yyyy), e.g. 30/11/2026</source>
        <translation>Ngày cuối kỳ (ngày/tháng/năm). Ví dụ: 30/11/2026</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="74"/>
        <source>PDF to print and sign, or Excel to work on the figures, e.g. PDF</source>
        <translation>PDF để in và ký, hoặc Excel để xử lý số liệu. Ví dụ: PDF</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="172"/>
        <source>Apology and new appointment — {code}</source>
        <translation>Xin lỗi và hẹn lại ngày trả kết quả — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="182"/>
        <source>Appointment on the receipt</source>
        <translation>Ngày hẹn trên giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="183"/>
        <source>New appointment</source>
        <translation>Ngày hẹn mới</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="184"/>
        <source>Reason for the delay</source>
        <translation>Lý do chậm trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="176"/>
        <source>When the result will be ready now (HH:mm dd/mm/yyyy), e.g. 16:30 27/11/2026</source>
        <translation>Thời điểm mới sẽ có kết quả (giờ:phút ngày/tháng/năm). Ví dụ: 16:30 27/11/2026</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="179"/>
        <source>Why the dossier is late, printed on the letter of apology (Mẫu 04), e.g. Cần xác minh thêm</source>
        <translation>Lý do hồ sơ trễ hạn, in trên phiếu xin lỗi và hẹn lại (Mẫu 04). Ví dụ: Cần xác minh thêm</translation>
    </message>
</context>
<context>
    <name>ReturnTab</name>
    <message>
        <location filename="../../ui/return_tab.py" line="45"/>
        <source>Scan or type the dossier code</source>
        <translation>Quét hoặc nhập mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="71"/>
        <source>Hand over the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="75"/>
        <source>Digitise the result…</source>
        <translation>Số hóa kết quả…</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="76"/>
        <source>Scan the result handed back (kết quả) into the dossier</source>
        <translation>Quét kết quả trả cho công dân vào hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="83"/>
        <source>How satisfied is the citizen?</source>
        <translation>Mức độ hài lòng của công dân?</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="91"/>
        <source>Record the rating</source>
        <translation>Ghi nhận đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="48"/>
        <location filename="../../ui/return_tab.py" line="97"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="61"/>
        <location filename="../../ui/return_tab.py" line="98"/>
        <source>Collected by (full name)</source>
        <translation>Người nhận kết quả (họ và tên)</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="66"/>
        <location filename="../../ui/return_tab.py" line="99"/>
        <source>Their ID number</source>
        <translation>Số định danh của người nhận</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="122"/>
        <source>Owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="129"/>
        <source>The result is not ready to be handed over.</source>
        <translation>Hồ sơ chưa có kết quả để trả.</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="150"/>
        <source>Digitise the result of {code}</source>
        <translation>Số hóa kết quả của hồ sơ {code}</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="151"/>
        <source>Result: {procedure}</source>
        <translation>Kết quả: {procedure}</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="158"/>
        <source>The result is digitised.</source>
        <translation>Đã số hóa kết quả.</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="183"/>
        <source>Result handed over. Printing the result receipt…</source>
        <translation>Đã trả kết quả. Đang in giấy biên nhận…</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="208"/>
        <source>Thank you: the rating is recorded.</source>
        <translation>Cảm ơn: đã ghi nhận đánh giá.</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="50"/>
        <source>The code on the citizen&apos;s receipt: scan its barcode, or type it and press Enter, e.g. 000.00.31.H56-261123-0001</source>
        <translation>Mã trên giấy hẹn của công dân: quét mã vạch, hoặc gõ mã rồi nhấn Enter. Ví dụ: 000.00.31.H56-261123-0001</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="62"/>
        <source>Full name of the person collecting the result, as on their ID card, e.g. Nguyễn Văn An</source>
        <translation>Họ và tên người nhận kết quả, như trên thẻ căn cước. Ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../ui/return_tab.py" line="67"/>
        <source>The ID number of the person collecting: 12 digits, or an old ID of 9, e.g. 001085012345</source>
        <translation>Số định danh của người nhận: 12 chữ số, hoặc 9 chữ số của chứng minh nhân dân cũ. Ví dụ: 001085012345</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/setup_dialog.py" line="23"/>
        <source>Set up this desk</source>
        <translation>Cấu hình quầy</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="35"/>
        <source>e.g. UBND xã Quảng Phú</source>
        <translation>ví dụ: UBND xã Quảng Phú</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="58"/>
        <source>Unit code (from the province)</source>
        <translation>Mã đơn vị (do tỉnh cấp)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="32"/>
        <location filename="../../ui/setup_dialog.py" line="59"/>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="38"/>
        <location filename="../../ui/setup_dialog.py" line="60"/>
        <source>Desk number in the unit</source>
        <translation>Số hiệu quầy trong đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="44"/>
        <location filename="../../ui/setup_dialog.py" line="61"/>
        <source>Administrator account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="49"/>
        <location filename="../../ui/setup_dialog.py" line="62"/>
        <source>Administrator full name</source>
        <translation>Họ và tên người quản trị</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="54"/>
        <location filename="../../ui/setup_dialog.py" line="63"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="71"/>
        <source>This desk is not configured yet.</source>
        <translation>Quầy này chưa được cấu hình.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="26"/>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="27"/>
        <source>The unit&apos;s code in the national list, given by the province, e.g. 000.00.31.H56</source>
        <translation>Mã của đơn vị trong danh mục quốc gia, do tỉnh cấp. Ví dụ: 000.00.31.H56</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="33"/>
        <source>The unit&apos;s name as its papers print it, e.g. UBND xã Quảng Phú</source>
        <translation>Tên đơn vị như in trên giấy tờ. Ví dụ: UBND xã Quảng Phú</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="39"/>
        <source>This desk&apos;s number among the unit&apos;s desks, each desk its own, e.g. 2</source>
        <translation>Số thứ tự của quầy này trong đơn vị, mỗi quầy một số riêng. Ví dụ: 2</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="45"/>
        <source>The username of the desk&apos;s administrator, e.g. admin</source>
        <translation>Tên đăng nhập của quản trị viên quầy. Ví dụ: admin</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="50"/>
        <source>The administrator&apos;s full name, e.g. Phạm Quốc Toản</source>
        <translation>Họ và tên quản trị viên. Ví dụ: Phạm Quốc Toản</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="55"/>
        <source>At least 6 characters, kept only as a hash, e.g. a phrase only the administrator knows</source>
        <translation>Ít nhất 6 ký tự, chỉ lưu dạng băm. Ví dụ: một cụm từ chỉ quản trị viên biết</translation>
    </message>
</context>
<context>
    <name>SlipPreview</name>
    <message>
        <location filename="../../ui/slip_preview.py" line="79"/>
        <source>Print preview — {name}</source>
        <translation>Xem trước khi in — {name}</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="198"/>
        <source>Stop settling the dossier — {code}</source>
        <translation>Dừng giải quyết hồ sơ — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="204"/>
        <source>Reason for stopping</source>
        <translation>Lý do dừng giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="201"/>
        <source>Why the settlement stops, printed on the stop notice, e.g. Người nộp hồ sơ đề nghị dừng</source>
        <translation>Lý do dừng giải quyết, in trên thông báo dừng. Ví dụ: Người nộp hồ sơ đề nghị dừng</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../ui/summary_panel.py" line="41"/>
        <source>Appointment</source>
        <translation>Hẹn trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="78"/>
        <source>Choose a procedure to see the fee and the appointment.</source>
        <translation>Chọn thủ tục để xem lệ phí và ngày hẹn.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="111"/>
        <source>Exempt</source>
        <translation>Miễn lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="42"/>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="67"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="68"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="69"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="70"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="71"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="72"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="73"/>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="111"/>
        <source>No fee</source>
        <translation>Không thu phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="96"/>
        <source>No fixed date</source>
        <translation>Không hẹn ngày cụ thể</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="43"/>
        <source>Papers</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="40"/>
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="108"/>
        <source>Set by the province</source>
        <translation>Theo mức thu của tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/summary_panel.py" line="100"/>
        <source>{ticked} / {required} papers</source>
        <translation>{ticked} / {required} giấy tờ</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="71"/>
        <source>Supplement request — {code}</source>
        <translation>Yêu cầu bổ sung hồ sơ — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="74"/>
        <source>Document</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="74"/>
        <source>Original</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="74"/>
        <source>Certified copy</source>
        <translation>Bản chứng thực</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="74"/>
        <source>Photocopy</source>
        <translation>Bản photo</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="85"/>
        <source>Other papers or corrections, one per line</source>
        <translation>Giấy tờ hoặc nội dung cần sửa khác, mỗi dòng một mục</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="98"/>
        <source>List everything missing at once: a second request counts as late.</source>
        <translation>Liệt kê đầy đủ mọi nội dung cần bổ sung một lần: yêu cầu bổ sung lần thứ hai bị tính là quá hạn.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="94"/>
        <location filename="../../ui/dossier_dialogs.py" line="102"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="79"/>
        <source>Papers to supplement</source>
        <translation>Giấy tờ cần bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="80"/>
        <source>Tick (Space) each paper the citizen must add or complete, and say how many of each kind</source>
        <translation>Đánh dấu (phím cách) từng giấy tờ công dân cần bổ sung hoặc hoàn thiện, và số lượng mỗi loại</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="89"/>
        <source>Other papers or corrections</source>
        <translation>Giấy tờ khác hoặc nội dung cần sửa</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="90"/>
        <source>Papers not in the list, or corrections, one per line, e.g. Bản sao giấy chứng nhận kết hôn</source>
        <translation>Giấy tờ ngoài danh sách, hoặc nội dung cần sửa, mỗi dòng một mục. Ví dụ: Bản sao giấy chứng nhận kết hôn</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="95"/>
        <source>Why the papers are asked for, printed on the request (Mẫu 02), e.g. Hồ sơ còn thiếu giấy tờ</source>
        <translation>Lý do yêu cầu bổ sung, in trên phiếu yêu cầu (Mẫu 02). Ví dụ: Hồ sơ còn thiếu giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="123"/>
        <source>How many of this kind the citizen must bring, e.g. 1</source>
        <translation>Số bản loại này công dân cần nộp. Ví dụ: 1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../ui/sync_dialog.py" line="47"/>
        <source>Sync with the provincial server</source>
        <translation>Đồng bộ với máy chủ tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="51"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="52"/>
        <source>Provincial server</source>
        <translation>Máy chủ tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="53"/>
        <source>Desk id</source>
        <translation>Mã quầy</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="54"/>
        <source>Last sync</source>
        <translation>Lần đồng bộ gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="55"/>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="56"/>
        <source>Clock offset</source>
        <translation>Độ lệch đồng hồ</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="60"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="60"/>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="60"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="60"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="75"/>
        <source>Nothing to deal with.</source>
        <translation>Không có việc cần xử lý.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="77"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="85"/>
        <source>To deal with (double-click a row to open its dossier):</source>
        <translation>Cần xử lý (nhấp đúp vào một dòng để mở hồ sơ):</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="111"/>
        <source>not registered</source>
        <translation>chưa đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="116"/>
        <source>{seconds} s (the server&apos;s clock minus this machine&apos;s)</source>
        <translation>{seconds} giây (giờ máy chủ trừ giờ máy này)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="153"/>
        <source>Refused by the province</source>
        <translation>Bị tỉnh từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="154"/>
        <source>In conflict</source>
        <translation>Xung đột với tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="155"/>
        <source>Status realigned to the province&apos;s order</source>
        <translation>Trạng thái được sắp lại theo thứ tự ghi nhận ở tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="156"/>
        <source>A change from the province could not be read</source>
        <translation>Không đọc được một thay đổi từ tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="72"/>
        <source>To deal with</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="73"/>
        <source>What the province refused or flagged; double-click a row, or press Enter, to open its dossier</source>
        <translation>Những gì tỉnh từ chối hoặc đánh dấu; nhấp đúp vào một dòng, hoặc nhấn Enter, để mở hồ sơ</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_indicator.py" line="50"/>
        <source>Sync details (Shift+F5)</source>
        <translation>Chi tiết đồng bộ (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="81"/>
        <source>Not registered with the provincial server — working offline</source>
        <translation>Chưa đăng ký với máy chủ tỉnh — đang làm việc không kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="85"/>
        <source>{backlog} waiting to be sent</source>
        <translation>{backlog} hồ sơ/thao tác chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="86"/>
        <source>last synced {time}</source>
        <translation>đồng bộ lần cuối {time}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="88"/>
        <source>waiting to take back this desk&apos;s history from the province</source>
        <translation>chờ lấy lại lịch sử của quầy từ máy chủ tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="90"/>
        <source>{n} in conflict</source>
        <translation>{n} xung đột với tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="92"/>
        <source>{n} refused by the province</source>
        <translation>{n} bị tỉnh từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="95"/>
        <source>files of papers: {size} MB left to send</source>
        <translation>tệp giấy tờ: còn {size} MB chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="102"/>
        <source>Online</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="104"/>
        <source>Offline: {problem} — next try at {time}</source>
        <translation>Mất kết nối: {problem} — thử lại lúc {time}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="108"/>
        <source>Sync stopped: {problem} — press F5 to try again</source>
        <translation>Ngừng đồng bộ: {problem} — nhấn F5 để thử lại</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="114"/>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="100"/>
        <source>Syncing with the provincial server…</source>
        <translation>Đang đồng bộ với máy chủ tỉnh…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="76"/>
        <source>List the dossiers behind this figure</source>
        <translation>Xem danh sách hồ sơ của số liệu này</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="110"/>
        <source>The last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="28"/>
        <source>Counter — unexpected error</source>
        <translation>Counter — lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="33"/>
        <source>Counter met an unexpected error ({error}). It is a fault of the program, not of your work: what was saved before is kept.

If what you were doing did not finish, do it again. If the error comes back, close Counter, start it again, and send the log file below to the province&apos;s support with a word on what you were doing.</source>
        <translation>Counter gặp một lỗi không mong đợi ({error}). Đây là lỗi của phần mềm, không phải do công việc của bạn: những gì đã lưu trước đó vẫn còn nguyên.

Nếu việc bạn đang làm chưa xong, hãy làm lại. Nếu lỗi còn lặp lại, hãy đóng Counter, mở lại, và gửi tệp nhật ký dưới đây cho bộ phận hỗ trợ của tỉnh kèm vài dòng về việc bạn đang làm.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="40"/>
        <source>(no log file: the error was not written anywhere)</source>
        <translation>(không có tệp nhật ký: lỗi chưa được ghi lại ở đâu)</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="45"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="48"/>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="43"/>
        <location filename="../../ui/error_dialog.py" line="58"/>
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="44"/>
        <source>Where the log file is: copy it and send the file to the province&apos;s support</source>
        <translation>Vị trí tệp nhật ký: sao chép và gửi tệp cho bộ phận hỗ trợ của tỉnh</translation>
    </message>
</context>
<context>
    <name>_LetterFields</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="149"/>
        <source>From the registry book; may be written by hand</source>
        <translation>Theo sổ đăng ký văn bản; có thể viết tay</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="156"/>
        <source>May be written by hand</source>
        <translation>Có thể viết tay</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="160"/>
        <source>Letter number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="161"/>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="152"/>
        <source>The letter&apos;s number and symbol from the registry book, or empty to write it by hand, e.g. 15/TB-UBND</source>
        <translation>Số và ký hiệu văn bản theo sổ đăng ký, hoặc để trống để viết tay. Ví dụ: 15/TB-UBND</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="158"/>
        <source>Who signs the letter, or empty to write it by hand, e.g. Chủ tịch UBND xã Nguyễn Văn Bình</source>
        <translation>Người ký văn bản, hoặc để trống để viết tay. Ví dụ: Chủ tịch UBND xã Nguyễn Văn Bình</translation>
    </message>
</context>
<context>
    <name>_View</name>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="62"/>
        <source>{title}: click a bar or a point to list its dossiers</source>
        <translation>{title}: nhấp vào một cột hoặc một điểm để xem danh sách hồ sơ</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="69"/>
        <source>{unit} — desk {desk}</source>
        <translation>{unit} — quầy {desk}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="177"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="178"/>
        <source>Today&apos;s backup failed its check, so the desk&apos;s database may be damaged: {error}

Put back the latest good copy (menu System → Backup and restore) or call the province&apos;s support.</source>
        <translation>Bản sao lưu hôm nay không qua được kiểm tra toàn vẹn, cơ sở dữ liệu của quầy có thể đã bị hỏng: {error}

Hãy khôi phục bản sao lưu tốt gần nhất (menu Hệ thống → Sao lưu và khôi phục) hoặc gọi bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="206"/>
        <source>The desk&apos;s database is damaged</source>
        <translation>Cơ sở dữ liệu của quầy bị hỏng</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="211"/>
        <source>The database cannot be opened ({damage}) and there is no backup in {folder}. Call the province&apos;s support; do not delete the file.</source>
        <translation>Không mở được cơ sở dữ liệu ({damage}) và không có bản sao lưu nào trong {folder}. Hãy gọi bộ phận hỗ trợ của tỉnh; không xóa tệp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="221"/>
        <source>The database cannot be opened ({damage}). Start from the latest good backup, {file}? The damaged file is kept aside; what had been sent to the province comes back at the next sync.</source>
        <translation>Không mở được cơ sở dữ liệu ({damage}). Khôi phục từ bản sao lưu tốt gần nhất, {file}? Tệp bị hỏng được giữ riêng; những gì đã gửi lên tỉnh sẽ được lấy lại ở lần đồng bộ tiếp theo.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../ui/demo_marks.py" line="13"/>
        <source> — DEMO DATA</source>
        <translation> — DỮ LIỆU THỬ</translation>
    </message>
    <message>
        <location filename="../../ui/demo_marks.py" line="49"/>
        <source>DEMO DATA — the dossiers, people and accounts of this desk are made up, and every slip it prints is marked as having no value. An administrator removes them in one step: System → Remove the demo data.</source>
        <translation>DỮ LIỆU THỬ — hồ sơ, người dân và tài khoản trên quầy này là giả lập, mọi phiếu in ra đều ghi không có giá trị. Quản trị viên xoá toàn bộ bằng một thao tác: Hệ thống → Xoá dữ liệu thử.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_marks.py" line="56"/>
        <source>Demo data notice</source>
        <translation>Thông báo dữ liệu thử</translation>
    </message>
    <message>
        <location filename="../../ui/demo_marks.py" line="71"/>
        <source>Remove the demo data</source>
        <translation>Xoá dữ liệu thử</translation>
    </message>
    <message>
        <location filename="../../ui/demo_marks.py" line="72"/>
        <source>Remove every demo dossier, account, printed slip and backup of this desk? This cannot be undone. Counter then closes; at the next start it asks how to set the desk up for real.</source>
        <translation>Xoá toàn bộ hồ sơ, tài khoản, phiếu đã in và bản sao lưu thử của quầy này? Không thể hoàn tác. Sau đó Counter sẽ đóng; lần mở sau sẽ hỏi cách thiết lập quầy để dùng thật.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_marks.py" line="47"/>
        <source>DEMO DATA — made-up dossiers, slips without value</source>
        <translation>DỮ LIỆU THỬ — hồ sơ giả lập, phiếu in không có giá trị</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/closing_sync.py" line="95"/>
        <source>The provincial server did not answer in time.</source>
        <translation>Máy chủ của tỉnh không trả lời kịp.</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../ui/guide.py" line="36"/>
        <source>en</source>
        <comment>the language code of the user guide in this language</comment>
        <translation>vi</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../ui/help_window.py" line="133"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="134"/>
        <location filename="../../ui/help_window.py" line="163"/>
        <location filename="../../ui/help_window.py" line="167"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="139"/>
        <source>Export the guide to PDF…</source>
        <translation>Xuất hướng dẫn ra PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="147"/>
        <source>Export the guide to PDF</source>
        <translation>Xuất hướng dẫn ra PDF</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="148"/>
        <source>counter-user-guide.pdf</source>
        <translation>huong-dan-su-dung-counter.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="168"/>
        <source>The guide is saved as {path}.</source>
        <translation>Đã lưu hướng dẫn tại {path}.</translation>
    </message>
</context>
</TS>
