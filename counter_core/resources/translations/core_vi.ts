<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Error: {message}</source>
        <translation>Lỗi: {message}</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>The desk&apos;s database is held by another program (a backup, an antivirus, or Counter opened twice) and did not answer in time. Nothing was changed: try again in a moment.</source>
        <translation>Cơ sở dữ liệu của quầy đang bị một chương trình khác giữ (sao lưu, phần mềm diệt virus, hoặc Counter đang mở hai lần) nên chưa trả lời kịp. Chưa có gì bị thay đổi: hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk of this computer is full: this action was not saved, and everything saved before is kept. Free some space (empty the recycle bin, move old files away), then try again.</source>
        <translation>Ổ đĩa của máy tính đã đầy: thao tác này chưa được lưu, mọi dữ liệu đã lưu trước đó vẫn còn nguyên. Hãy giải phóng bớt dung lượng (dọn thùng rác, chuyển các tệp cũ đi nơi khác) rồi thử lại.</translation>
    </message>
    <message>
        <source>The computer could not read or write the desk&apos;s data on its disk (a disk fault, or a drive that was unplugged). Nothing was changed. Try again; if it happens again, call the province&apos;s support.</source>
        <translation>Máy tính không đọc hoặc ghi được dữ liệu của quầy trên ổ đĩa (ổ đĩa bị lỗi, hoặc ổ cắm ngoài đã bị rút ra). Chưa có gì bị thay đổi. Hãy thử lại; nếu vẫn lỗi, liên hệ bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
        <source>The desk&apos;s data cannot be written: the disk or the data folder is read-only for this account. Nothing was changed. Ask the computer&apos;s administrator to give this account the right to write there.</source>
        <translation>Không ghi được dữ liệu của quầy: ổ đĩa hoặc thư mục dữ liệu chỉ cho phép đọc với tài khoản này. Chưa có gì bị thay đổi. Hãy nhờ người quản trị máy tính cấp quyền ghi cho tài khoản này.</translation>
    </message>
    <message>
        <source>The computer refused access to {path} (no right to it, or another program such as Excel has it open). Close it or choose another place, then try again.</source>
        <translation>Máy tính không cho truy cập {path} (không có quyền, hoặc một chương trình khác như Excel đang mở tệp). Hãy đóng tệp hoặc chọn nơi khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The desk&apos;s database is damaged. Put back the latest good copy (menu System → Backup and restore, or counter-app restore), or call the province&apos;s support.</source>
        <translation>Cơ sở dữ liệu của quầy bị hỏng. Hãy khôi phục bản sao lưu tốt gần nhất (menu Hệ thống → Sao lưu và khôi phục, hoặc counter-app restore), hoặc liên hệ bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
        <source>Unexpected error (a fault of the program, not of what you did): {error}. What was saved before is kept. The details are in the log: {path}</source>
        <translation>Lỗi không mong đợi (lỗi của phần mềm, không phải do thao tác của bạn): {error}. Dữ liệu đã lưu trước đó vẫn còn nguyên. Xem chi tiết trong nhật ký: {path}</translation>
    </message>
    <message>
        <source>Unexpected error (a fault of the program, not of what you did): {error}. Run the command again with --debug to see the details.</source>
        <translation>Lỗi không mong đợi (lỗi của phần mềm, không phải do thao tác của bạn): {error}. Chạy lại lệnh với --debug để xem chi tiết.</translation>
    </message>
</context>
<context>
    <name>Legacy</name>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>The dossier is not valid — {problems}</source>
        <translation>Hồ sơ chưa hợp lệ — {problems}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
</TS>
