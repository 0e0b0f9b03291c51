<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Accounts</name>
    <message>
        <source>A username has only unaccented letters, digits, dots and underscores.</source>
        <translation>Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>A password has at least {length} characters.</source>
        <translation>Mật khẩu phải có ít nhất {length} ký tự.</translation>
    </message>
    <message>
        <source>The user&apos;s full name is missing.</source>
        <translation>Chưa nhập họ và tên người dùng.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translation>Vai trò phải là một trong: {roles}.</translation>
    </message>
    <message>
        <source>The username &quot;{username}&quot; is already taken.</source>
        <translation>Tên đăng nhập &quot;{username}&quot; đã tồn tại.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is locked until {time} after too many wrong passwords. Try again after that time, or ask an administrator to unlock it.</source>
        <translation>Tài khoản &quot;{username}&quot; đang tạm khóa đến {time} vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau thời điểm đó hoặc nhờ quản trị viên mở khóa.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is locked until {time} on {day} after too many wrong passwords. Try again after that time, or ask an administrator to unlock it.</source>
        <translation>Tài khoản &quot;{username}&quot; đang tạm khóa đến {time} ngày {day} vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau thời điểm đó hoặc nhờ quản trị viên mở khóa.</translation>
    </message>
    <message>
        <source>There is no user &quot;{username}&quot;.</source>
        <translation>Không có người dùng &quot;{username}&quot;.</translation>
    </message>
    <message>
        <source>The account {username} from the province has an invalid role ({role}).</source>
        <translation>Tài khoản {username} từ tỉnh có vai trò không hợp lệ ({role}).</translation>
    </message>
    <message>
        <source>The username {username} from the province is not valid.</source>
        <translation>Tên đăng nhập {username} từ tỉnh không hợp lệ.</translation>
    </message>
    <message>
        <source>The account {username} ({role}) may not {action}; this is for: {roles}.</source>
        <translation>Tài khoản {username} ({role}) không được {action}; việc này dành cho: {roles}.</translation>
    </message>
    <message>
        <source>The desk&apos;s first account is its administrator (--role admin); the administrator makes the other accounts.</source>
        <translation>Tài khoản đầu tiên của quầy là quản trị viên (--role admin); quản trị viên tạo các tài khoản khác.</translation>
    </message>
    <message>
        <source>The desk has accounts already: a new account is made by an administrator (on the command line: --user NAME or COUNTER_USER).</source>
        <translation>Quầy đã có tài khoản: tài khoản mới do quản trị viên tạo (trên dòng lệnh: --user TÊN hoặc COUNTER_USER).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Rows {first} to {last} of the audit trail are missing (deleted).</source>
        <translation>Thiếu dòng nhật ký từ số {first} đến {last} (đã bị xóa).</translation>
    </message>
    <message>
        <source>A row of the audit trail does not match the hash chain: this row (or the one before it) was changed after it was written.</source>
        <translation>Dòng nhật ký không khớp chuỗi băm: nội dung của dòng này (hoặc của dòng trước nó) đã bị sửa sau khi ghi.</translation>
    </message>
    <message>
        <source>A row of the audit trail sent to the province before was changed on the desk.</source>
        <translation>Dòng nhật ký đã gửi lên tỉnh trước đây đã bị thay đổi trên quầy.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with at row {row}: {reason}</source>
        <translation>Nhật ký bị can thiệp tại dòng {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The file {path} is not a desk&apos;s database ({reason}).</source>
        <translation>Tệp {path} không phải cơ sở dữ liệu của quầy ({reason}).</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({result}).</source>
        <translation>Bản sao lưu {path} bị hỏng ({result}).</translation>
    </message>
    <message>
        <source>The file {path} is not the backup of a configured desk.</source>
        <translation>Tệp {path} không phải bản sao lưu của một quầy đã cấu hình.</translation>
    </message>
    <message>
        <source>The number of backups kept must be from 1 to 365.</source>
        <translation>Số bản sao lưu giữ lại phải từ 1 đến 365.</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Không có bản sao lưu nào để khôi phục.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Office hours must go forward and must not overlap.</source>
        <translation>Giờ làm việc phải tăng dần và không chồng lấn.</translation>
    </message>
    <message>
        <source>At least one working session is needed.</source>
        <translation>Cần ít nhất một buổi làm việc.</translation>
    </message>
    <message>
        <source>Office hours are not valid: {text} (for example 07:00-11:30,13:30-17:00).</source>
        <translation>Giờ làm việc không hợp lệ: {text} (ví dụ 07:00-11:30,13:30-17:00).</translation>
    </message>
    <message>
        <source>A calendar file must have &quot;format&quot;: &quot;{format}&quot;.</source>
        <translation>Tệp lịch phải có &quot;format&quot;: &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>The calendar file is not valid: {reason}</source>
        <translation>Tệp lịch không hợp lệ: {reason}</translation>
    </message>
    <message>
        <source>The day {day} is not in the notice&apos;s year {year}.</source>
        <translation>Ngày {day} không thuộc năm {year} của thông báo.</translation>
    </message>
    <message>
        <source>The day {day} is both a day off and a working day.</source>
        <translation>Ngày {day} vừa là ngày nghỉ vừa là ngày làm việc.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of days {{&quot;date&quot;: …, &quot;name&quot;: …}}</source>
        <translation>&quot;{key}&quot; phải là danh sách các ngày {{&quot;date&quot;: …, &quot;name&quot;: …}}</translation>
    </message>
    <message>
        <source>the day {value} must be written YYYY-MM-DD</source>
        <translation>ngày {value} phải viết YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <source>Procedure {code}</source>
        <translation>Thủ tục {code}</translation>
    </message>
    <message>
        <source>{where}: the unit of time is not valid ({value}).</source>
        <translation>{where}: đơn vị thời gian không hợp lệ ({value}).</translation>
    </message>
    <message>
        <source>{where}: the processing time must be a whole number from 1 to {most}.</source>
        <translation>{where}: thời gian giải quyết phải là số nguyên từ 1 đến {most}.</translation>
    </message>
    <message>
        <source>{where}: each paper of the dossier must be a JSON object.</source>
        <translation>{where}: mỗi thành phần hồ sơ phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>{where}: a paper of the dossier is not valid ({reason}).</source>
        <translation>{where}: thành phần hồ sơ không hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>{where}: a paper of the dossier has no name, or its &quot;required&quot; is not true/false.</source>
        <translation>{where}: thành phần hồ sơ thiếu tên, hoặc &quot;required&quot; không phải true/false.</translation>
    </message>
    <message>
        <source>Each procedure must be a JSON object.</source>
        <translation>Mỗi thủ tục phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>The procedure code {code} is not in the form of a national code (for example 1.001193).</source>
        <translation>Mã thủ tục {code} không đúng dạng mã quốc gia (ví dụ 1.001193).</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; must be a list.</source>
        <translation>{where}: &quot;{key}&quot; phải là một danh sách.</translation>
    </message>
    <message>
        <source>{where}: {reason}.</source>
        <translation>{where}: {reason}.</translation>
    </message>
    <message>
        <source>{where}: the name of the procedure is missing.</source>
        <translation>{where}: thiếu tên thủ tục.</translation>
    </message>
    <message>
        <source>A catalog file must have &quot;format&quot;: &quot;{format}&quot;.</source>
        <translation>Tệp danh mục phải có &quot;format&quot;: &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>The catalog file has no version number (&quot;version&quot;).</source>
        <translation>Tệp danh mục thiếu số hiệu phiên bản (&quot;version&quot;).</translation>
    </message>
    <message>
        <source>The date it takes effect must be written YYYY-MM-DD.</source>
        <translation>Ngày hiệu lực phải có dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;procedures&quot; must be a list of procedures.</source>
        <translation>&quot;procedures&quot; phải là danh sách các thủ tục.</translation>
    </message>
    <message>
        <source>The catalog file has no procedure.</source>
        <translation>Tệp danh mục không có thủ tục nào.</translation>
    </message>
    <message>
        <source>Procedure codes appear twice in the catalog: {codes}.</source>
        <translation>Mã thủ tục bị trùng trong danh mục: {codes}.</translation>
    </message>
    <message>
        <source>No procedure catalog is in force on {day}.</source>
        <translation>Chưa có danh mục thủ tục nào có hiệu lực ngày {day}.</translation>
    </message>
    <message>
        <source>The catalog in force has no procedure with the code &quot;{code}&quot;.</source>
        <translation>Không có thủ tục mã &quot;{code}&quot; trong danh mục đang có hiệu lực.</translation>
    </message>
    <message>
        <source>Catalog version {version} has no procedure &quot;{code}&quot;.</source>
        <translation>Danh mục phiên bản {version} không có thủ tục &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>{where}: &quot;unconfirmed&quot; goes only with &quot;no_fixed_date&quot; and must be true or false.</source>
        <translation>{where}: &quot;unconfirmed&quot; chỉ dùng với &quot;no_fixed_date&quot; và phải là true/false.</translation>
    </message>
    <message>
        <source>{where}: each case must be a JSON object.</source>
        <translation>{where}: mỗi trường hợp phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>{where}: a case is not valid ({reason}).</source>
        <translation>{where}: trường hợp không hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>{where}: each case needs a &quot;key&quot; (small letters, digits, dots, hyphens) and a &quot;name&quot;.</source>
        <translation>{where}: mỗi trường hợp cần &quot;key&quot; (chữ thường, số, dấu chấm, gạch nối) và &quot;name&quot;.</translation>
    </message>
    <message>
        <source>{where}, case {key}</source>
        <translation>{where}, trường hợp {key}</translation>
    </message>
    <message>
        <source>the procedure has no cases</source>
        <translation>thủ tục không chia trường hợp</translation>
    </message>
    <message>
        <source>Procedure {code} has no case &quot;{key}&quot;. Its cases: {known}.</source>
        <translation>Thủ tục {code} không có trường hợp &quot;{key}&quot;. Các trường hợp: {known}.</translation>
    </message>
    <message>
        <source>{where}: &quot;exemption_grounds&quot; must be {{exempted group: ground}}.</source>
        <translation>{where}: &quot;exemption_grounds&quot; phải là {{tên đối tượng: căn cứ}}.</translation>
    </message>
    <message>
        <source>{where}: grounds of exemption for groups not in the list: {names}.</source>
        <translation>{where}: căn cứ miễn cho đối tượng không có trong danh sách: {names}.</translation>
    </message>
    <message>
        <source>{where}: cases with the same key: {keys}.</source>
        <translation>{where}: trường hợp bị trùng mã: {keys}.</translation>
    </message>
    <message>
        <source>{where}: each source must be a JSON object.</source>
        <translation>{where}: mỗi nguồn phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>{where}: a source is not valid ({reason}).</source>
        <translation>{where}: nguồn không hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>{where}: each source needs a &quot;ref&quot; (its name) and a &quot;tag&quot;, one of {tags}.</source>
        <translation>{where}: mỗi nguồn cần &quot;ref&quot; (tên nguồn) và &quot;tag&quot; là một trong {tags}.</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; must be a list of strings of characters.</source>
        <translation>{where}: &quot;{key}&quot; phải là danh sách các chuỗi ký tự.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Error: {message}</source>
        <translation>Lỗi: {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Cảnh báo: {message}</translation>
    </message>
    <message>
        <source>Warning ({field}): {message}</source>
        <translation>Cảnh báo ({field}): {message}</translation>
    </message>
    <message>
        <source>Say who is acting: --user NAME or the environment variable COUNTER_USER.</source>
        <translation>Cần cho biết người thực hiện: --user TÊN hoặc biến môi trường COUNTER_USER.</translation>
    </message>
    <message>
        <source>The moment of reception {value} must be written &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Thời điểm tiếp nhận {value} phải có dạng &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>The appointment time {value} must be written HH:MM.</source>
        <translation>Giờ hẹn {value} phải có dạng HH:MM.</translation>
    </message>
</context>
<context>
    <name>Dossiers</name>
    <message>
        <source>No dossier has the code &quot;{code}&quot;.</source>
        <translation>Không tìm thấy hồ sơ mã &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>The dossier code {code} is not in the form &lt;unit code&gt;-&lt;yyMMdd&gt;-&lt;number&gt;.</source>
        <translation>Mã hồ sơ {code} không đúng dạng &lt;mã đơn vị&gt;-&lt;yyMMdd&gt;-&lt;số thứ tự&gt;.</translation>
    </message>
    <message>
        <source>The dossier code {code} has an invalid date.</source>
        <translation>Mã hồ sơ {code} có ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>The status {value} does not exist. Valid codes: {codes}.</source>
        <translation>Trạng thái {value} không tồn tại. Các mã hợp lệ: {codes}.</translation>
    </message>
    <message>
        <source>A new dossier cannot start in the status &quot;{status}&quot;.</source>
        <translation>Hồ sơ mới không thể bắt đầu ở trạng thái &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>A dossier cannot move from &quot;{current}&quot; to &quot;{target}&quot;. Allowed: {allowed}.</source>
        <translation>Không thể chuyển hồ sơ từ &quot;{current}&quot; sang &quot;{target}&quot;. Được phép: {allowed}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Write down why the dossier is refused.</source>
        <translation>Phải ghi rõ lý do từ chối tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>The dossier has every required paper: save it and print the receipt, no supplement request is needed.</source>
        <translation>Hồ sơ đã đủ giấy tờ bắt buộc: lưu và in giấy tiếp nhận, không cần phiếu bổ sung.</translation>
    </message>
    <message>
        <source>The processing unit &quot;{unit}&quot; is not in the province&apos;s list of units (sync with the provincial server to update the list).</source>
        <translation>Đơn vị giải quyết &quot;{unit}&quot; không có trong danh sách đơn vị của tỉnh (đồng bộ với máy chủ tỉnh để cập nhật danh sách).</translation>
    </message>
    <message>
        <source>List at least one paper to be supplemented or completed.</source>
        <translation>Phải liệt kê ít nhất một giấy tờ cần bổ sung, hoàn thiện.</translation>
    </message>
    <message>
        <source>Write down why the dossier must be supplemented or completed.</source>
        <translation>Phải ghi rõ lý do yêu cầu bổ sung, hoàn thiện hồ sơ.</translation>
    </message>
    <message>
        <source>Write down why the result is late.</source>
        <translation>Phải ghi rõ lý do chậm trả kết quả.</translation>
    </message>
    <message>
        <source>The new appointment must be on a working day, in office hours.</source>
        <translation>Ngày hẹn mới phải là ngày làm việc, trong giờ hành chính.</translation>
    </message>
    <message>
        <source>The dossier is &quot;{status}&quot;: its appointment cannot be moved.</source>
        <translation>Hồ sơ đang ở trạng thái &quot;{status}&quot;: không hẹn lại ngày trả kết quả.</translation>
    </message>
    <message>
        <source>The procedure has no fixed date for the result: no letter of apology asking for more time is needed.</source>
        <translation>Thủ tục không có ngày hẹn trả cụ thể: không cần văn bản xin lỗi và đề nghị gia hạn.</translation>
    </message>
    <message>
        <source>The new appointment must be after the current one.</source>
        <translation>Ngày hẹn mới phải sau ngày hẹn hiện tại.</translation>
    </message>
    <message>
        <source>The time to settle the dossier ran out at {deadline}: a letter of apology asking for more time can only be made before then. The dossier counts as late; tell the head of the office.</source>
        <translation>Thời hạn giải quyết hồ sơ đã hết lúc {deadline}: văn bản xin lỗi và đề nghị gia hạn chỉ lập được trước khi hết hạn. Hồ sơ được tính quá hạn; báo lãnh đạo để xử lý.</translation>
    </message>
    <message>
        <source>Write only the letter&apos;s number (for example 12), at most 20 characters; its symbol is printed after it.</source>
        <translation>Số văn bản chỉ ghi phần số (ví dụ 12), tối đa 20 ký tự; ký hiệu được in sau.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is longer than 100 characters.</source>
        <translation>Tên người ký dài quá 100 ký tự.</translation>
    </message>
    <message>
        <source>Write down why the dossier is stopped.</source>
        <translation>Phải ghi rõ lý do dừng giải quyết hồ sơ.</translation>
    </message>
    <message>
        <source>The dossier {code} has not been stopped.</source>
        <translation>Hồ sơ {code} chưa bị dừng giải quyết.</translation>
    </message>
    <message>
        <source>The rating must be Rất hài lòng, Hài lòng or Không hài lòng.</source>
        <translation>Mức đánh giá phải là Rất hài lòng, Hài lòng hoặc Không hài lòng.</translation>
    </message>
    <message>
        <source>A rating is given only once the result has been returned.</source>
        <translation>Chỉ đánh giá khi đã trả kết quả.</translation>
    </message>
    <message>
        <source>The desk has just been restored or reinstalled: sync with the provincial server (F5) to get back the actions it had sent before recording a new one or giving a new dossier code.</source>
        <translation>Quầy vừa được khôi phục hoặc cài lại: cần đồng bộ với máy chủ tỉnh (F5) để lấy lại các thao tác đã gửi trước khi ghi thao tác mới hay cấp mã hồ sơ mới.</translation>
    </message>
    <message>
        <source>Dossier {code} was not received: print the refusal slip (Mẫu 03), not the {slip}.</source>
        <translation>Hồ sơ {code} không được tiếp nhận: in phiếu từ chối (Mẫu 03), không in {slip}.</translation>
    </message>
    <message>
        <source>A dossier moves to “Yêu cầu bổ sung giấy tờ” only with the list of every paper to supplement or complete and the reason (Mẫu 02): use the supplement request.</source>
        <translation>Hồ sơ chỉ chuyển sang “Yêu cầu bổ sung giấy tờ” cùng danh sách mọi giấy tờ cần bổ sung, hoàn thiện và lý do (Mẫu 02): dùng chức năng yêu cầu bổ sung.</translation>
    </message>
    <message>
        <source>A dossier moves to “Yêu cầu bổ sung giấy tờ” only with the list of papers to supplement and the reason (Mẫu 02): {command}</source>
        <translation>Hồ sơ chỉ chuyển sang “Yêu cầu bổ sung giấy tờ” cùng danh sách giấy tờ cần bổ sung và lý do (Mẫu 02): {command}</translation>
    </message>
    <message>
        <source>List at least one paper to supplement or complete.</source>
        <translation>Phải liệt kê ít nhất một giấy tờ cần bổ sung, hoàn thiện.</translation>
    </message>
    <message>
        <source>The number of papers cannot be negative.</source>
        <translation>Số lượng giấy tờ không được âm.</translation>
    </message>
    <message>
        <source>Dossier {code} was not refused.</source>
        <translation>Hồ sơ {code} không bị từ chối tiếp nhận.</translation>
    </message>
    <message>
        <source>Dossier {code} has no request to supplement or complete it.</source>
        <translation>Hồ sơ {code} chưa có yêu cầu bổ sung, hoàn thiện.</translation>
    </message>
    <message>
        <source>Dossier {code} has not had its appointment moved.</source>
        <translation>Hồ sơ {code} chưa được hẹn lại ngày trả kết quả.</translation>
    </message>
    <message>
        <source>The result of dossier {code} has not been returned.</source>
        <translation>Hồ sơ {code} chưa trả kết quả.</translation>
    </message>
    <message>
        <source>There is no slip &quot;{kind}&quot;. The slips: {kinds}.</source>
        <translation>Loại phiếu &quot;{kind}&quot; chưa có. Các loại: {kinds}.</translation>
    </message>
    <message>
        <source>Enter the name of the person collecting the result.</source>
        <translation>Nhập họ tên người nhận kết quả.</translation>
    </message>
    <message>
        <source>Desk {desk} has given {index} codes today, past its block of {block} numbers: the code {code} is still valid, but tell the supervisor.</source>
        <translation>Quầy {desk} đã cấp {index} mã trong ngày, vượt khối {block} số: mã {code} vẫn hợp lệ nhưng cần báo lãnh đạo.</translation>
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
    <name>FeeTables</name>
    <message>
        <source>fee table file</source>
        <translation>tệp biểu mức thu</translation>
    </message>
    <message>
        <source>A fee table file must have &quot;format&quot;: &quot;{format}&quot;.</source>
        <translation>Tệp biểu mức thu phải có &quot;format&quot;: &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>Fee table: &quot;adopted&quot; and &quot;effective_from&quot; must be dates written YYYY-MM-DD ({reason}).</source>
        <translation>Biểu mức thu: &quot;adopted&quot; và &quot;effective_from&quot; phải là ngày YYYY-MM-DD ({reason}).</translation>
    </message>
    <message>
        <source>A fee table must give the number of the resolution (&quot;resolution&quot;) and the body that issued it (&quot;issuer&quot;).</source>
        <translation>Biểu mức thu phải ghi số Nghị quyết (&quot;resolution&quot;) và cơ quan ban hành (&quot;issuer&quot;).</translation>
    </message>
    <message>
        <source>A resolution cannot take effect before the day it was adopted.</source>
        <translation>Ngày hiệu lực của Nghị quyết không thể trước ngày ban hành.</translation>
    </message>
    <message>
        <source>&quot;example&quot; must be true or false.</source>
        <translation>&quot;example&quot; phải là true hoặc false.</translation>
    </message>
    <message>
        <source>&quot;fees&quot; and &quot;exemptions&quot; must be lists.</source>
        <translation>&quot;fees&quot; và &quot;exemptions&quot; phải là danh sách.</translation>
    </message>
    <message>
        <source>The fee table has no amount and no exempted group.</source>
        <translation>Biểu mức thu không có mức thu hay đối tượng miễn nào.</translation>
    </message>
    <message>
        <source>The fee table lists procedures (cases) twice: {keys}.</source>
        <translation>Biểu mức thu có thủ tục (trường hợp) ghi hai lần: {keys}.</translation>
    </message>
    <message>
        <source>This is the example file (&quot;example&quot;: true): its amounts only show the format and are no province&apos;s. Write the file from the province&apos;s resolution and import that one.</source>
        <translation>Đây là tệp ví dụ (&quot;example&quot;: true): các mức thu trong đó chỉ minh họa định dạng, không phải của tỉnh nào. Lập tệp theo Nghị quyết HĐND của tỉnh rồi nạp tệp đó.</translation>
    </message>
    <message>
        <source>Fee table, line {line}</source>
        <translation>Biểu mức thu, dòng {line}</translation>
    </message>
    <message>
        <source>{where} ({code})</source>
        <translation>{where} ({code})</translation>
    </message>
    <message>
        <source>Fee table, exempted group {number}</source>
        <translation>Biểu mức thu, đối tượng miễn thứ {number}</translation>
    </message>
    <message>
        <source>{where}: it must be a JSON object.</source>
        <translation>{where}: phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>{where}: {reason}.</source>
        <translation>{where}: {reason}.</translation>
    </message>
    <message>
        <source>{where}: the procedure code {code} is not in the form of a national code (for example 1.004873).</source>
        <translation>{where}: mã thủ tục {code} không đúng dạng mã quốc gia (ví dụ 1.004873).</translation>
    </message>
    <message>
        <source>{where}: the kind of amount must be one of {kinds}.</source>
        <translation>{where}: loại mức thu phải là một trong {kinds}.</translation>
    </message>
    <message>
        <source>{where} ({code}): a line that charges nothing must give its ground (&quot;ground&quot;).</source>
        <translation>{where} ({code}): miễn thu phải ghi căn cứ (&quot;ground&quot;).</translation>
    </message>
    <message>
        <source>{where} ({name}): an exemption must give its ground (&quot;ground&quot;).</source>
        <translation>{where} ({name}): phải ghi căn cứ miễn (&quot;ground&quot;).</translation>
    </message>
    <message>
        <source>{where}: &quot;procedures&quot; must be a list of procedure codes.</source>
        <translation>{where}: &quot;procedures&quot; phải là danh sách mã thủ tục.</translation>
    </message>
    <message>
        <source>A fee table file is needed: counter-server fees publish FILE.json</source>
        <translation>Cần tệp biểu mức thu: counter-server fees publish TỆP.json</translation>
    </message>
    <message>
        <source>Procedure {code} is not in the catalog in force on {day}.</source>
        <translation>Thủ tục {code} không có trong danh mục có hiệu lực ngày {day}.</translation>
    </message>
    <message>
        <source>Procedure {code} has no case &quot;{case}&quot;: this line is not used.</source>
        <translation>Thủ tục {code} không có trường hợp &quot;{case}&quot;: dòng này không được dùng.</translation>
    </message>
    <message>
        <source>Procedure {code}: the catalog does not leave its amount to the provincial People&apos;s Council (free by law or an amount set by a ministry): this line is not used.</source>
        <translation>Thủ tục {code}: danh mục không để mức thu cho HĐND tỉnh quyết định (miễn theo luật hoặc mức thu do Bộ quy định): dòng này không được dùng.</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>{where}: the fee kind {kind} is not valid ({kinds}).</source>
        <translation>{where}: loại phí {kind} không hợp lệ ({kinds}).</translation>
    </message>
    <message>
        <source>{where}: the fee schedule is not valid ({reason}).</source>
        <translation>{where}: biểu phí không hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>{where}: the fee amount is missing.</source>
        <translation>{where}: thiếu mức phí.</translation>
    </message>
    <message>
        <source>{where}: a fee schedule by pages must start at page 1.</source>
        <translation>{where}: biểu phí theo trang phải bắt đầu từ trang 1.</translation>
    </message>
    <message>
        <source>The quantity must be 1 or more.</source>
        <translation>Số lượng phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>This procedure has no fee exemption &quot;{exemption}&quot;.</source>
        <translation>Thủ tục này không có đối tượng miễn phí &quot;{exemption}&quot;.</translation>
    </message>
    <message>
        <source>Enter the number of pages of the original to compute the certification fee.</source>
        <translation>Cần nhập số trang của bản chính để tính lệ phí chứng thực.</translation>
    </message>
    <message>
        <source>it must be the name of an exempted group or {{name, ground}}</source>
        <translation>phải là tên đối tượng hoặc {{name, ground}}</translation>
    </message>
    <message>
        <source>{where}: an exempted group is not valid ({reason}).</source>
        <translation>{where}: đối tượng miễn phí không hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>{where}: an exempted group has no name.</source>
        <translation>{where}: đối tượng miễn phí thiếu tên.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>calendar file</source>
        <translation>tệp lịch</translation>
    </message>
    <message>
        <source>catalog file</source>
        <translation>tệp danh mục</translation>
    </message>
    <message>
        <source>forms file</source>
        <translation>tệp mẫu biểu</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>tệp JSON</translation>
    </message>
    <message>
        <source>{what} {path} is too large (at most {megabytes} MB).</source>
        <translation>{what} {path} quá lớn (tối đa {megabytes} MB).</translation>
    </message>
    <message>
        <source>Cannot read {what} {path}: the data is nested too deeply.</source>
        <translation>Không đọc được {what} {path}: dữ liệu lồng nhau quá sâu.</translation>
    </message>
    <message>
        <source>Cannot read {what} {path}: {reason}</source>
        <translation>Không đọc được {what} {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>Counter — the commune&apos;s one-stop desk that receives dossiers and returns results.</source>
        <translation>Counter — phần mềm quầy tiếp nhận và trả kết quả (một cửa) cấp xã.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Ví dụ:</translation>
    </message>
    <message>
        <source>Every command that changes data or shows personal information needs --user (or COUNTER_USER), and runs only when that account&apos;s role allows it. While the desk has no account yet, init, catalog/calendar/fees import, catalog from-… --import, demo and making the first administrator (user add … --role admin) run without --user.</source>
        <translation>Mọi lệnh thay đổi dữ liệu hoặc cho xem thông tin cá nhân đều cần --user (hoặc COUNTER_USER), và chỉ chạy khi vai trò của tài khoản đó được phép. Khi quầy chưa có tài khoản nào: init, catalog/calendar/fees import, catalog from-… --import, demo và tạo quản trị viên đầu tiên (user add … --role admin) chạy không cần --user.</translation>
    </message>
    <message>
        <source>data folder (default: $COUNTER_DATA_DIR or the user data folder)</source>
        <translation>thư mục dữ liệu (mặc định: $COUNTER_DATA_DIR hoặc thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>in JSON cho máy đọc</translation>
    </message>
    <message>
        <source>language of the window and of error messages (default: vi, or $COUNTER_LANGUAGE)</source>
        <translation>ngôn ngữ của cửa sổ và của thông báo lỗi (mặc định: vi, hoặc $COUNTER_LANGUAGE)</translation>
    </message>
    <message>
        <source>print the traceback of an unexpected error (always in the log file)</source>
        <translation>in vết ngăn xếp của lỗi bất ngờ (luôn có trong tệp nhật ký)</translation>
    </message>
    <message>
        <source>the window shows no error dialog (for tests and CI): errors go to the log and standard error</source>
        <translation>cửa sổ không hiện hộp thoại lỗi (cho kiểm thử và CI): lỗi được ghi vào nhật ký và đầu ra lỗi chuẩn</translation>
    </message>
    <message>
        <source>the account acting (default: $COUNTER_USER): every command that changes something or shows personal data needs one whose role may do it</source>
        <translation>tài khoản thực hiện (mặc định: $COUNTER_USER): mọi lệnh thay đổi dữ liệu hoặc cho xem dữ liệu cá nhân đều cần một tài khoản có vai trò được phép</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>cách dùng:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>đối số theo vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện trợ giúp này rồi thoát</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>in số phiên bản của chương trình rồi thoát</translation>
    </message>
    <message>
        <source>{program}: error: {problem}</source>
        <translation>{program}: lỗi: {problem}</translation>
    </message>
    <message>
        <source>argument {argument}: {problem}</source>
        <translation>đối số {argument}: {problem}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>thiếu các đối số bắt buộc: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>cần một trong các đối số {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>đối số không nhận ra: {arguments}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>giá trị không hợp lệ: {value} (chọn một trong: {choices})</translation>
    </message>
    <message>
        <source>invalid {kind} value: {value}</source>
        <translation>giá trị không hợp lệ cho kiểu {kind}: {value}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần đúng một giá trị</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>cần nhiều nhất một giá trị</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>không dùng được cùng đối số {argument}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>tùy chọn {option} chưa rõ: có thể là {matches}</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>giá trị thừa, không dùng: {value}</translation>
    </message>
    <message>
        <source>configure this desk (unit, desk number, office hours)</source>
        <translation>cấu hình quầy này (đơn vị, số quầy, giờ làm việc)</translation>
    </message>
    <message>
        <source>the unit&apos;s identifier code, e.g. 000.00.31.H56</source>
        <translation>mã định danh của đơn vị, ví dụ 000.00.31.H56</translation>
    </message>
    <message>
        <source>e.g. &quot;UBND xã Quảng Phú&quot;</source>
        <translation>ví dụ &quot;UBND xã Quảng Phú&quot;</translation>
    </message>
    <message>
        <source>desk number in the unit, 1–99 (unique in the unit)</source>
        <translation>số quầy trong đơn vị, 1–99 (không trùng trong đơn vị)</translation>
    </message>
    <message>
        <source>daily code numbers reserved per desk (1000)</source>
        <translation>số mã hồ sơ dành cho mỗi quầy mỗi ngày (1000)</translation>
    </message>
    <message>
        <source>sessions, default 07:00-11:30,13:30-17:00</source>
        <translation>các buổi làm việc, mặc định 07:00-11:30,13:30-17:00</translation>
    </message>
    <message>
        <source>same-day procedures received after this (HH:MM, default 15:00) go to the next working day</source>
        <translation>thủ tục giải quyết trong ngày tiếp nhận sau giờ này (HH:MM, mặc định 15:00) được trả vào ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <source>papers&apos; header line 1 (default &quot;UBND XÃ …&quot; from the unit name)</source>
        <translation>dòng 1 của tiêu đề giấy tờ (mặc định &quot;UBND XÃ …&quot; theo tên đơn vị)</translation>
    </message>
    <message>
        <source>papers&apos; header line 2 (default &quot;TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG&quot;)</source>
        <translation>dòng 2 của tiêu đề giấy tờ (mặc định &quot;TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG&quot;)</translation>
    </message>
    <message>
        <source>whether the default header line 2 repeats the commune&apos;s name</source>
        <translation>dòng 2 mặc định của tiêu đề có nhắc lại tên xã hay không</translation>
    </message>
    <message>
        <source>the receiving centre as papers name it (default &quot;Trung tâm Phục vụ hành chính công xã …&quot;)</source>
        <translation>tên trung tâm tiếp nhận như ghi trên giấy tờ (mặc định &quot;Trung tâm Phục vụ hành chính công xã …&quot;)</translation>
    </message>
    <message>
        <source>first reception day numbered by the 2025 form set (TT 03/2025; default 15/09/2025)</source>
        <translation>ngày tiếp nhận đầu tiên đánh số theo bộ mẫu năm 2025 (TT 03/2025; mặc định 15/09/2025)</translation>
    </message>
    <message>
        <source>the symbol after a letter&apos;s number (default TTPVHCC)</source>
        <translation>ký hiệu sau số văn bản (mặc định TTPVHCC)</translation>
    </message>
    <message>
        <source>who signs the centre&apos;s letters (default GIÁM ĐỐC)</source>
        <translation>chức danh người ký văn bản của trung tâm (mặc định GIÁM ĐỐC)</translation>
    </message>
    <message>
        <source>the province&apos;s tracking page for the receipt&apos;s QR code, with {code}</source>
        <translation>trang tra cứu của tỉnh cho mã QR trên phiếu tiếp nhận, có {code}</translation>
    </message>
    <message>
        <source>print receipts straight to the default printer instead of showing a preview</source>
        <translation>in phiếu thẳng ra máy in mặc định thay vì xem trước</translation>
    </message>
    <message>
        <source>lock the screen after this many minutes without use (10)</source>
        <translation>khóa màn hình sau số phút không dùng này (10)</translation>
    </message>
    <message>
        <source>wrong passwords in a row that lock an account on this desk (5)</source>
        <translation>số lần nhập sai mật khẩu liên tiếp thì khóa tài khoản trên quầy này (5)</translation>
    </message>
    <message>
        <source>how long such an account stays locked, in minutes (15)</source>
        <translation>thời gian khóa tài khoản đó, tính bằng phút (15)</translation>
    </message>
    <message>
        <source>local accounts</source>
        <translation>tài khoản trên quầy</translation>
    </message>
    <message>
        <source>add an account (password from --password or standard input)</source>
        <translation>thêm tài khoản (mật khẩu lấy từ --password hoặc đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>liệt kê các tài khoản</translation>
    </message>
    <message>
        <source>lift the lock of an account after too many wrong passwords</source>
        <translation>mở khóa tài khoản bị khóa do nhập sai mật khẩu quá nhiều lần</translation>
    </message>
    <message>
        <source>the procedure catalog</source>
        <translation>danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>procedures in force (or catalog versions with --versions)</source>
        <translation>các thủ tục đang có hiệu lực (hoặc các phiên bản danh mục với --versions)</translation>
    </message>
    <message>
        <source>part of a name or code, diacritics optional</source>
        <translation>một phần tên hoặc mã, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>list the imported catalog versions</source>
        <translation>liệt kê các phiên bản danh mục đã nhập</translation>
    </message>
    <message>
        <source>import a published catalog file as a new version</source>
        <translation>nhập tệp danh mục đã công bố thành một phiên bản mới</translation>
    </message>
    <message>
        <source>build a catalog from the national portal&apos;s procedure records (JSON, list or JSON Lines)</source>
        <translation>lập danh mục từ hồ sơ thủ tục của Cổng Dịch vụ công quốc gia (JSON, danh sách hoặc JSON Lines)</translation>
    </message>
    <message>
        <source>the version&apos;s name (default: portal-YYYY-MM-DD)</source>
        <translation>tên phiên bản (mặc định: portal-YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>in force from, YYYY-MM-DD (default: today)</source>
        <translation>có hiệu lực từ ngày, YYYY-MM-DD (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>who publishes it</source>
        <translation>cơ quan công bố</translation>
    </message>
    <message>
        <source>keep the other procedures of the catalog in force</source>
        <translation>giữ hiệu lực các thủ tục khác của danh mục</translation>
    </message>
    <message>
        <source>write the catalog file here, to check it and publish it</source>
        <translation>ghi tệp danh mục vào đây để kiểm tra và công bố</translation>
    </message>
    <message>
        <source>store it on this desk as a new version</source>
        <translation>lưu vào quầy này thành một phiên bản mới</translation>
    </message>
    <message>
        <source>apply the province&apos;s decision publishing the catalogue (a CSV, see docs/catalog.md) as a new version</source>
        <translation>áp dụng quyết định công bố danh mục của tỉnh (tệp CSV, xem docs/catalog.md) thành một phiên bản mới</translation>
    </message>
    <message>
        <source>its number, e.g. &quot;1234/QĐ-UBND&quot;</source>
        <translation>số quyết định, ví dụ &quot;1234/QĐ-UBND&quot;</translation>
    </message>
    <message>
        <source>its date, YYYY-MM-DD or dd/mm/yyyy</source>
        <translation>ngày ký, YYYY-MM-DD hoặc dd/mm/yyyy</translation>
    </message>
    <message>
        <source>in force from, YYYY-MM-DD or dd/mm/yyyy</source>
        <translation>có hiệu lực từ ngày, YYYY-MM-DD hoặc dd/mm/yyyy</translation>
    </message>
    <message>
        <source>e.g. &quot;Ủy ban nhân dân tỉnh Quảng Ngãi&quot;</source>
        <translation>ví dụ &quot;Ủy ban nhân dân tỉnh Quảng Ngãi&quot;</translation>
    </message>
    <message>
        <source>the decision lists every procedure: drop the others</source>
        <translation>quyết định liệt kê đủ mọi thủ tục: bỏ các thủ tục khác</translation>
    </message>
    <message>
        <source>the province&apos;s fee tables (resolutions of the provincial People&apos;s Council)</source>
        <translation>biểu mức thu phí, lệ phí của tỉnh (nghị quyết của Hội đồng nhân dân tỉnh)</translation>
    </message>
    <message>
        <source>import a fee table file (counter-fees/1) as a new version</source>
        <translation>nhập tệp biểu mức thu (counter-fees/1) thành một phiên bản mới</translation>
    </message>
    <message>
        <source>the imported fee tables, every version</source>
        <translation>các biểu mức thu đã nhập, mọi phiên bản</translation>
    </message>
    <message>
        <source>the fee table in force on a day (default today)</source>
        <translation>biểu mức thu có hiệu lực vào một ngày (mặc định hôm nay)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or dd/mm/yyyy</source>
        <translation>YYYY-MM-DD hoặc dd/mm/yyyy</translation>
    </message>
    <message>
        <source>the working-day calendar</source>
        <translation>lịch ngày làm việc</translation>
    </message>
    <message>
        <source>import a yearly civil-service notice (days off, Saturdays worked)</source>
        <translation>nhập thông báo nghỉ lễ hằng năm của cơ quan nhà nước (ngày nghỉ, thứ Bảy làm bù)</translation>
    </message>
    <message>
        <source>list the days off of a year (weekends excepted)</source>
        <translation>liệt kê các ngày nghỉ trong năm (trừ cuối tuần)</translation>
    </message>
    <message>
        <source>the appointment for a procedure received at a given moment</source>
        <translation>ngày hẹn trả của một thủ tục tiếp nhận vào một thời điểm</translation>
    </message>
    <message>
        <source>national procedure code, e.g. 1.001193</source>
        <translation>mã thủ tục quốc gia, ví dụ 1.001193</translation>
    </message>
    <message>
        <source>&quot;YYYY-MM-DD HH:MM&quot;, Vietnam time</source>
        <translation>&quot;YYYY-MM-DD HH:MM&quot;, giờ Việt Nam</translation>
    </message>
    <message>
        <source>the procedure&apos;s case (its key, see catalog list), e.g. xac-minh</source>
        <translation>trường hợp của thủ tục (khóa của nó, xem catalog list), ví dụ xac-minh</translation>
    </message>
    <message>
        <source>record a dossier from a JSON file and print its code</source>
        <translation>tiếp nhận hồ sơ từ tệp JSON và in mã hồ sơ</translation>
    </message>
    <message>
        <source>the dossier (see README)</source>
        <translation>hồ sơ (xem README)</translation>
    </message>
    <message>
        <source>the item code of the package it came in by post (channel 3)</source>
        <translation>số hiệu bưu gửi chứa hồ sơ gửi qua bưu chính (kênh 3)</translation>
    </message>
    <message>
        <source>a dossier with its history</source>
        <translation>một hồ sơ cùng lịch sử xử lý</translation>
    </message>
    <message>
        <source>search dossiers by code, name, ID number, phone or procedure</source>
        <translation>tìm hồ sơ theo mã, tên, số định danh, số điện thoại hoặc thủ tục</translation>
    </message>
    <message>
        <source>move a dossier to a status (national code 1–10)</source>
        <translation>chuyển hồ sơ sang một trạng thái (mã quốc gia 1–10)</translation>
    </message>
    <message>
        <source>national status code 1–10, or its name (e.g. processing)</source>
        <translation>mã trạng thái quốc gia 1–10, hoặc tên tiếng Anh của nó (ví dụ processing)</translation>
    </message>
    <message>
        <source>ask for missing papers of a received dossier (Form 02; status 5)</source>
        <translation>yêu cầu bổ sung giấy tờ còn thiếu của hồ sơ đã tiếp nhận (Mẫu 02; trạng thái 5)</translation>
    </message>
    <message>
        <source>a paper to add or complete (repeat for each; the catalog&apos;s counts when it is one of them)</source>
        <translation>giấy tờ cần bổ sung, hoàn thiện (lặp lại cho mỗi giấy tờ; số lượng theo danh mục nếu là giấy tờ trong đó)</translation>
    </message>
    <message>
        <source>before its appointment passes, apologise and ask to extend a dossier&apos;s time (Form 04)</source>
        <translation>trước khi quá hẹn, xin lỗi và xin gia hạn thời gian giải quyết hồ sơ (Mẫu 04)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy or YYYY-MM-DD, a working day</source>
        <translation>dd/mm/yyyy hoặc YYYY-MM-DD, một ngày làm việc</translation>
    </message>
    <message>
        <source>HH:MM within office hours (default: closing time)</source>
        <translation>HH:MM trong giờ làm việc (mặc định: giờ kết thúc làm việc)</translation>
    </message>
    <message>
        <source>why the result is late</source>
        <translation>lý do trả kết quả chậm</translation>
    </message>
    <message>
        <source>the letter&apos;s number in the registry book (else left blank)</source>
        <translation>số văn bản trong sổ đăng ký (không có thì để trống)</translation>
    </message>
    <message>
        <source>who signs the letter (else left blank)</source>
        <translation>người ký văn bản (không có thì để trống)</translation>
    </message>
    <message>
        <source>stop settling a dossier (status 8) and print its notice (Form 05 of 2025)</source>
        <translation>dừng giải quyết hồ sơ (trạng thái 8) và in thông báo (Mẫu 05 năm 2025)</translation>
    </message>
    <message>
        <source>why it is stopped, as the notice says it</source>
        <translation>lý do dừng, như ghi trong thông báo</translation>
    </message>
    <message>
        <source>the notice&apos;s number in the registry book (else left blank)</source>
        <translation>số thông báo trong sổ đăng ký (không có thì để trống)</translation>
    </message>
    <message>
        <source>who signs the notice (else left blank)</source>
        <translation>người ký thông báo (không có thì để trống)</translation>
    </message>
    <message>
        <source>today&apos;s queue: received, due today, late</source>
        <translation>hồ sơ trong ngày: đã tiếp nhận, đến hạn hôm nay, quá hạn</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default today)</source>
        <translation>YYYY-MM-DD (mặc định hôm nay)</translation>
    </message>
    <message>
        <source>render a slip of a dossier to PDF (headless)</source>
        <translation>xuất một phiếu của hồ sơ ra PDF (không mở cửa sổ)</translation>
    </message>
    <message>
        <source>PDF file (default: &lt;data folder&gt;/slips/&lt;code&gt;-&lt;slip&gt;.pdf)</source>
        <translation>tệp PDF (mặc định: &lt;thư mục dữ liệu&gt;/slips/&lt;code&gt;-&lt;slip&gt;.pdf)</translation>
    </message>
    <message>
        <source>the postal desk (public postal service): batches of scans, hand-over lists</source>
        <translation>quầy bưu chính công ích: các lô quét mã, danh sách bàn giao</translation>
    </message>
    <message>
        <source>open a batch: intake (packages from the post), results (handed to the post), delivered (delivered by the post)</source>
        <translation>mở một lô: intake (bưu gửi nhận từ bưu chính), results (kết quả giao cho bưu chính), delivered (bưu chính đã phát)</translation>
    </message>
    <message>
        <source>scan codes into an open batch, in order (&apos;-&apos; reads one a line from stdin)</source>
        <translation>quét mã vào một lô đang mở, theo thứ tự (&apos;-&apos; đọc mỗi dòng một mã từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>the batch&apos;s number (BC01-00012) or id</source>
        <translation>số của lô (BC01-00012) hoặc id</translation>
    </message>
    <message>
        <source>close a batch, record its hand-over and write its list (PDF)</source>
        <translation>đóng lô, ghi nhận việc bàn giao và xuất danh sách (PDF)</translation>
    </message>
    <message>
        <source>the postal employee&apos;s full name, printed under their signature</source>
        <translation>họ và tên nhân viên bưu chính, in dưới chữ ký</translation>
    </message>
    <message>
        <source>PDF file (default: &lt;data folder&gt;/slips/ban-giao-&lt;batch&gt;.pdf)</source>
        <translation>tệp PDF (mặc định: &lt;thư mục dữ liệu&gt;/slips/ban-giao-&lt;batch&gt;.pdf)</translation>
    </message>
    <message>
        <source>the latest batches, newest first</source>
        <translation>các lô gần đây, mới nhất trước</translation>
    </message>
    <message>
        <source>only the open ones</source>
        <translation>chỉ các lô đang mở</translation>
    </message>
    <message>
        <source>a batch with its lines</source>
        <translation>một lô cùng các dòng của nó</translation>
    </message>
    <message>
        <source>write a batch&apos;s hand-over list again</source>
        <translation>xuất lại danh sách bàn giao của một lô</translation>
    </message>
    <message>
        <source>packages handed over by the post whose dossier is not received yet</source>
        <translation>bưu gửi bưu chính đã giao mà hồ sơ chưa được tiếp nhận</translation>
    </message>
    <message>
        <source>a register or report of a period as PDF or Excel (headless)</source>
        <translation>sổ theo dõi hoặc báo cáo của một kỳ, dạng PDF hoặc Excel (không mở cửa sổ)</translation>
    </message>
    <message>
        <source>Register of dossiers (Form 06/07)</source>
        <translation>Sổ theo dõi hồ sơ (Mẫu 06/07)</translation>
    </message>
    <message>
        <source>Form II.06a: the state and results of settling administrative procedures</source>
        <translation>Biểu số II.06a: tình hình, kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <source>On-time rate under Decision 766 and by day, by procedure and by officer</source>
        <translation>Tỷ lệ đúng hạn theo QĐ 766 và theo ngày, theo thủ tục và cán bộ</translation>
    </message>
    <message>
        <source>Satisfaction ratings, by officer</source>
        <translation>Đánh giá sự hài lòng, theo cán bộ</translation>
    </message>
    <message>
        <source>Fees and charges collected, by procedure</source>
        <translation>Phí, lệ phí đã thu, theo thủ tục</translation>
    </message>
    <message>
        <source>Digitisation rate of dossiers and results (indicator 4.2 of Decision 766), by procedure and by officer</source>
        <translation>Tỷ lệ số hóa hồ sơ và kết quả (chỉ tiêu 4.2 QĐ 766), theo thủ tục và cán bộ</translation>
    </message>
    <message>
        <source>first day of the period, dd/mm/yyyy or YYYY-MM-DD</source>
        <translation>ngày đầu của kỳ, dd/mm/yyyy hoặc YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day of the period (included)</source>
        <translation>ngày cuối của kỳ (tính cả ngày đó)</translation>
    </message>
    <message>
        <source>pdf or xlsx (default: from --out, else pdf)</source>
        <translation>pdf hoặc xlsx (mặc định: theo --out, nếu không thì pdf)</translation>
    </message>
    <message>
        <source>the file (default: &lt;data folder&gt;/reports/&lt;kind&gt;-&lt;from&gt;-&lt;to&gt;.&lt;format&gt;)</source>
        <translation>tệp kết quả (mặc định: &lt;thư mục dữ liệu&gt;/reports/&lt;kind&gt;-&lt;from&gt;-&lt;to&gt;.&lt;format&gt;)</translation>
    </message>
    <message>
        <source>register only: columns, comma-separated ({columns})</source>
        <translation>chỉ cho sổ theo dõi: các cột, cách nhau bằng dấu phẩy ({columns})</translation>
    </message>
    <message>
        <source>periodic only: count a dossier at the unit that decides it (default) or at the one that received it</source>
        <translation>chỉ cho periodic: tính hồ sơ cho đơn vị giải quyết (mặc định) hay cho đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>register this desk with the provincial server (one-time code)</source>
        <translation>đăng ký quầy này với máy chủ của tỉnh (mã dùng một lần)</translation>
    </message>
    <message>
        <source>the provincial server, e.g. https://motcua.example.gov.vn</source>
        <translation>máy chủ của tỉnh, ví dụ https://motcua.example.gov.vn</translation>
    </message>
    <message>
        <source>the one-time enrolment code given by the province</source>
        <translation>mã đăng ký dùng một lần do tỉnh cấp</translation>
    </message>
    <message>
        <source>the province&apos;s own CA certificates (PEM file) that its server&apos;s certificate is verified against, if not a publicly trusted one</source>
        <translation>chứng thư CA riêng của tỉnh (tệp PEM) để xác minh chứng thư của máy chủ, nếu đó không phải chứng thư được tin cậy công khai</translation>
    </message>
    <message>
        <source>send the outbox to the provincial server and receive its changes</source>
        <translation>gửi các thay đổi chờ gửi lên máy chủ của tỉnh và nhận các thay đổi từ tỉnh</translation>
    </message>
    <message>
        <source>only show the backlog and the last sync</source>
        <translation>chỉ xem số thay đổi chờ gửi và lần đồng bộ gần nhất</translation>
    </message>
    <message>
        <source>from now on verify the server against this CA bundle (PEM file), then sync</source>
        <translation>từ nay xác minh máy chủ theo bộ chứng thư CA này (tệp PEM), rồi đồng bộ</translation>
    </message>
    <message>
        <source>from now on cap what files of papers use during office hours, in kilobits per second (0: no cap)</source>
        <translation>từ nay giới hạn băng thông tệp giấy tờ dùng trong giờ làm việc, tính bằng kilobit mỗi giây (0: không giới hạn)</translation>
    </message>
    <message>
        <source>a checked copy of the desk&apos;s database (default: &lt;data folder&gt;/backups/)</source>
        <translation>bản sao đã kiểm tra của cơ sở dữ liệu quầy (mặc định: &lt;thư mục dữ liệu&gt;/backups/)</translation>
    </message>
    <message>
        <source>the copy&apos;s file name (default: the backup folder, oldest pruned)</source>
        <translation>tên tệp bản sao (mặc định: thư mục sao lưu, bỏ bản cũ nhất)</translation>
    </message>
    <message>
        <source>list the copies kept instead</source>
        <translation>thay vào đó liệt kê các bản sao đang giữ</translation>
    </message>
    <message>
        <source>set how many copies are kept (14)</source>
        <translation>đặt số bản sao được giữ (14)</translation>
    </message>
    <message>
        <source>set where copies are kept (better on another disk)</source>
        <translation>đặt nơi giữ bản sao (nên ở ổ đĩa khác)</translation>
    </message>
    <message>
        <source>put a backup back (the current content is kept aside); an enrolled desk then syncs before recording anything new</source>
        <translation>khôi phục một bản sao lưu (dữ liệu hiện tại được giữ riêng); quầy đã đăng ký với tỉnh phải đồng bộ trước khi ghi nhận gì mới</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>check the hash chain and report the first broken link</source>
        <translation>kiểm tra chuỗi băm và báo mắt xích hỏng đầu tiên</translation>
    </message>
    <message>
        <source>parse a chip ID card QR payload (&apos;-&apos; reads standard input)</source>
        <translation>đọc nội dung mã QR của thẻ căn cước gắn chip (&apos;-&apos; đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>write the user guide, in --language, as one A4 PDF for printing</source>
        <translation>xuất hướng dẫn sử dụng theo --language thành một tệp PDF khổ A4 để in</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>tệp PDF cần ghi</translation>
    </message>
    <message>
        <source>fill this desk with demo users and realistic dossiers</source>
        <translation>đưa vào quầy này các tài khoản và hồ sơ mẫu giống thật</translation>
    </message>
    <message>
        <source>remove this demo desk&apos;s data (an administrator, --user)</source>
        <translation>xóa dữ liệu của quầy mẫu này (quản trị viên, --user)</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>A personal identity number has exactly 12 digits.</source>
        <translation>Số định danh cá nhân phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>No province has the birth-registration code &quot;{province}&quot; that the number starts with.</source>
        <translation>Mã tỉnh nơi đăng ký khai sinh &quot;{province}&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>The 4th digit and the birth year in the identity number ({year}) do not make sense.</source>
        <translation>Chữ số thứ 4 và năm sinh trong số định danh ({year}) không hợp lý.</translation>
    </message>
    <message>
        <source>The number {number} is a 9-digit ID card (CMND), no longer valid since 01/01/2025 (Law on Identification 2023): ask the citizen for the identity card or citizen identity card (12-digit personal identity number).</source>
        <translation>Số {number} là CMND 9 chữ số, hết giá trị sử dụng từ ngày 01/01/2025 (Luật Căn cước 2023): đề nghị công dân xuất trình thẻ căn cước hoặc căn cước công dân (số định danh cá nhân 12 chữ số).</translation>
    </message>
    <message>
        <source>The date of birth {date} does not match the identity number {number}: {wrong}. Check the date of birth or the number on the card.</source>
        <translation>Ngày sinh {date} không khớp với số định danh {number}: {wrong}. Kiểm tra lại ngày sinh hoặc số định danh trên thẻ.</translation>
    </message>
    <message>
        <source>its 4th digit ({digit}) says born from {first} to {last}</source>
        <translation>chữ số thứ 4 ({digit}) ghi sinh từ năm {first} đến {last}</translation>
    </message>
    <message>
        <source>its 5th–6th digits ({digits}) say born in {year}</source>
        <translation>chữ số thứ 5–6 ({digits}) ghi năm sinh {year}</translation>
    </message>
    <message>
        <source>The sex {gender} does not match the identity number {number}: its 4th digit ({digit}) is that of sex {card}. Check the sex or the number on the card.</source>
        <translation>Giới tính {gender} không khớp với số định danh {number}: chữ số thứ 4 ({digit}) là của người giới tính {card}. Kiểm tra lại giới tính hoặc số định danh trên thẻ.</translation>
    </message>
    <message>
        <source>The document number must be a 12-digit identity number or a 9-digit ID card (CMND) number.</source>
        <translation>Số giấy tờ phải là số định danh 12 chữ số hoặc CMND 9 chữ số.</translation>
    </message>
    <message>
        <source>The scan is {length} characters long: it is not the QR code of a citizen identity card.</source>
        <translation>Dữ liệu quét dài {length} ký tự: không phải mã QR trên thẻ căn cước.</translation>
    </message>
    <message>
        <source>The QR code of the identity card cannot be read: it needs at least 7 fields separated by &quot;|&quot;.</source>
        <translation>Không đọc được mã QR trên thẻ căn cước: cần ít nhất 7 trường ngăn cách bởi &quot;|&quot;.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>The decision file is empty.</source>
        <translation>Tệp quyết định công bố trống.</translation>
    </message>
    <message>
        <source>The file&apos;s first line must name the columns, ma_thu_tuc among them{unknown}. The columns: {columns}.</source>
        <translation>Dòng đầu của tệp phải là tên cột, trong đó có ma_thu_tuc{unknown}. Các cột: {columns}.</translation>
    </message>
    <message>
        <source>; unknown columns: {columns}</source>
        <translation>; cột không biết: {columns}</translation>
    </message>
    <message>
        <source>The decision file has more than {most} lines.</source>
        <translation>Tệp quyết định công bố quá {most} dòng.</translation>
    </message>
    <message>
        <source>Line {line}: more cells than the first line has columns (a separator too many?).</source>
        <translation>Dòng {line}: nhiều ô hơn số cột ở dòng đầu (dấu phân cách thừa?).</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Dòng {line}</translation>
    </message>
    <message>
        <source>{where}: the procedure code {code} is not in the right form (for example 1.004873).</source>
        <translation>{where}: mã thủ tục {code} không đúng dạng (ví dụ 1.004873).</translation>
    </message>
    <message>
        <source>{where}: the state {state} (mới, sửa đổi, bãi bỏ).</source>
        <translation>{where}: trạng thái {state} (mới, sửa đổi, bãi bỏ).</translation>
    </message>
    <message>
        <source>Procedure {code}: it has cases but no line of the procedure itself.</source>
        <translation>Thủ tục {code}: có trường hợp nhưng không có dòng của thủ tục.</translation>
    </message>
    <message>
        <source>The new catalog has no procedure left.</source>
        <translation>Danh mục mới không còn thủ tục nào.</translation>
    </message>
    <message>
        <source>{where}: the new procedure {code} needs a name, a field, a time limit and its unit.</source>
        <translation>{where}: thủ tục mới {code} cần tên, lĩnh vực, thời hạn và đơn vị thời hạn.</translation>
    </message>
    <message>
        <source>{where}: the unit of the time limit {unit} ({units}).</source>
        <translation>{where}: đơn vị thời hạn {unit} ({units}).</translation>
    </message>
    <message>
        <source>{where}: the time limit {amount} must be a whole number from 1 to {most}.</source>
        <translation>{where}: thời hạn {amount} phải là số nguyên từ 1 đến {most}.</translation>
    </message>
    <message>
        <source>{where}: the fee {fee} (for example: 50.000; 8.000/bản; miễn; HĐND).</source>
        <translation>{where}: lệ phí {fee} (ví dụ: 50.000; 8.000/bản; miễn; HĐND).</translation>
    </message>
    <message>
        <source>No procedure could be read from the national portal&apos;s records.</source>
        <translation>Không đọc được thủ tục nào từ các hồ sơ của Cổng DVCQG.</translation>
    </message>
    <message>
        <source>file of procedure records</source>
        <translation>tệp hồ sơ TTHC</translation>
    </message>
    <message>
        <source>The file {path} is too large (at most {megabytes} MB).</source>
        <translation>Tệp {path} quá lớn (tối đa {megabytes} MB).</translation>
    </message>
    <message>
        <source>Cannot read the file {path}: {reason}</source>
        <translation>Không đọc được tệp {path}: {reason}</translation>
    </message>
    <message>
        <source>File {path}, line {line}: not JSON ({reason}).</source>
        <translation>Tệp {path}, dòng {line}: không phải JSON ({reason}).</translation>
    </message>
    <message>
        <source>Cannot read the decision file {path} (CSV, UTF-8): {reason}</source>
        <translation>Không đọc được tệp quyết định công bố {path} (CSV, UTF-8): {reason}</translation>
    </message>
    <message>
        <source>Give --out FILE (write the catalog file to check it) or --import (load it on the desk).</source>
        <translation>Cần --out TỆP (ghi tệp danh mục để kiểm tra) hoặc --import (nạp vào quầy).</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Reception clerk</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <source>Postal employee</source>
        <translation>Nhân viên bưu chính</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo / giám sát</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>see dossiers and the personal data in them</source>
        <translation>xem hồ sơ và thông tin cá nhân trong hồ sơ</translation>
    </message>
    <message>
        <source>receive dossiers</source>
        <translation>tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>refuse to receive dossiers</source>
        <translation>từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>ask for a dossier to be supplemented</source>
        <translation>yêu cầu bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>move dossiers through their processing</source>
        <translation>chuyển trạng thái xử lý hồ sơ</translation>
    </message>
    <message>
        <source>apologise and set a new appointment</source>
        <translation>xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <source>hand results back and record the citizen&apos;s rating</source>
        <translation>trả kết quả và ghi nhận đánh giá</translation>
    </message>
    <message>
        <source>print a dossier&apos;s slips</source>
        <translation>in phiếu của hồ sơ</translation>
    </message>
    <message>
        <source>hand dossiers and results over with the postal service</source>
        <translation>bàn giao hồ sơ, kết quả với bưu chính</translation>
    </message>
    <message>
        <source>see the registers, the reports and the day&apos;s overview</source>
        <translation>xem sổ, báo cáo và tổng quan trong ngày</translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation>sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>restore the data from a backup</source>
        <translation>khôi phục dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <source>manage the accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <source>configure the desk, import the catalog and the calendar, and enrol with the provincial server</source>
        <translation>cấu hình quầy, nhập danh mục, lịch và đăng ký với máy chủ tỉnh</translation>
    </message>
    <message>
        <source>synchronise with the provincial server</source>
        <translation>đồng bộ với máy chủ tỉnh</translation>
    </message>
    <message>
        <source>print the supplement guide for a dossier missing papers</source>
        <translation>in phiếu hướng dẫn bổ sung cho hồ sơ chưa đủ giấy tờ</translation>
    </message>
    <message>
        <source>record the citizen&apos;s rating</source>
        <translation>ghi nhận đánh giá của công dân</translation>
    </message>
    <message>
        <source>digitise a dossier&apos;s papers</source>
        <translation>số hóa giấy tờ của hồ sơ</translation>
    </message>
    <message>
        <source>digitise the result</source>
        <translation>số hóa kết quả giải quyết</translation>
    </message>
    <message>
        <source>move the dossier to “{status}”</source>
        <translation>chuyển hồ sơ sang “{status}”</translation>
    </message>
    <message>
        <source>print the {slip}</source>
        <translation>in {slip}</translation>
    </message>
    <message>
        <source>{number} ({status})</source>
        <translation>{number} ({status})</translation>
    </message>
    <message>
        <source>Registered online</source>
        <translation>Mới đăng ký</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Papers to supplement</source>
        <translation>Yêu cầu bổ sung giấy tờ</translation>
    </message>
    <message>
        <source>Financial obligation to fulfil</source>
        <translation>Yêu cầu thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Withdrawal asked by the citizen</source>
        <translation>Công dân yêu cầu rút hồ sơ</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>online registration</source>
        <translation>đăng ký trực tuyến</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>sent for processing</source>
        <translation>chuyển xử lý</translation>
    </message>
    <message>
        <source>supplement request</source>
        <translation>yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>financial obligation request</source>
        <translation>yêu cầu thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>withdrawal request</source>
        <translation>rút hồ sơ</translation>
    </message>
    <message>
        <source>processing stopped</source>
        <translation>dừng xử lý</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>đã có kết quả</translation>
    </message>
    <message>
        <source>result handed over</source>
        <translation>trả kết quả</translation>
    </message>
    <message>
        <source>new appointment (Form 04)</source>
        <translation>hẹn lại ngày trả kết quả (Mẫu 04)</translation>
    </message>
    <message>
        <source>satisfaction rating</source>
        <translation>đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <source>reception by post</source>
        <translation>tiếp nhận hồ sơ gửi qua bưu chính công ích</translation>
    </message>
    <message>
        <source>result handed to the post</source>
        <translation>bàn giao kết quả cho bưu chính công ích để phát</translation>
    </message>
    <message>
        <source>papers digitised (file kept)</source>
        <translation>số hóa giấy tờ (lưu tệp)</translation>
    </message>
    <message>
        <source>receipt and appointment slip (Form 01)</source>
        <translation>Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)</translation>
    </message>
    <message>
        <source>request to supplement the dossier (Form 02)</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</translation>
    </message>
    <message>
        <source>refusal to receive the dossier (Form 03)</source>
        <translation>Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)</translation>
    </message>
    <message>
        <source>apology and new appointment (Form 04)</source>
        <translation>Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04)</translation>
    </message>
    <message>
        <source>notice that processing stopped</source>
        <translation>Thông báo dừng giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>processing control slip</source>
        <translation>Phiếu kiểm soát quá trình giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>receipt of the result</source>
        <translation>Giấy biên nhận trả kết quả</translation>
    </message>
    <message>
        <source>Dossiers received by post</source>
        <translation>Nhận hồ sơ qua bưu chính</translation>
    </message>
    <message>
        <source>Results handed to the post</source>
        <translation>Giao kết quả cho bưu chính</translation>
    </message>
    <message>
        <source>Delivery confirmed</source>
        <translation>Xác nhận đã phát</translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <source>A file&apos;s SHA-256 hash must be 64 lower-case hexadecimal digits.</source>
        <translation>Mã băm SHA-256 của tệp phải gồm 64 chữ số thập lục phân viết thường.</translation>
    </message>
    <message>
        <source>The file attachment event lacks the file&apos;s details.</source>
        <translation>Sự kiện đính kèm tệp thiếu thông tin tệp.</translation>
    </message>
    <message>
        <source>An attached file must be a paper of the dossier or a result.</source>
        <translation>Tệp đính kèm phải là giấy tờ trong hồ sơ hoặc kết quả giải quyết.</translation>
    </message>
    <message>
        <source>An attached file must name its paper (at most 400 characters).</source>
        <translation>Tệp đính kèm phải ghi tên giấy tờ (tối đa 400 ký tự).</translation>
    </message>
    <message>
        <source>A file&apos;s size must be from 1 byte to {megabytes} MB.</source>
        <translation>Kích thước tệp phải từ 1 byte đến {megabytes} MB.</translation>
    </message>
    <message>
        <source>A paper has from 1 to {most} pages.</source>
        <translation>Một giấy tờ có từ 1 đến {most} trang.</translation>
    </message>
    <message>
        <source>Cannot import the file &quot;{name}&quot;: {why}</source>
        <translation>Không nhập được tệp &quot;{name}&quot;: {why}</translation>
    </message>
    <message>
        <source>cannot read it ({reason}).</source>
        <translation>không đọc được ({reason}).</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {most} MB for one file).</source>
        <translation>tệp lớn quá ({size} MB; tối đa {most} MB cho một tệp).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>tệp rỗng.</translation>
    </message>
    <message>
        <source>the file has no pages.</source>
        <translation>tệp không có trang nào.</translation>
    </message>
    <message>
        <source>The folder &quot;{name}&quot; holds no image or PDF file.</source>
        <translation>Thư mục &quot;{name}&quot; không có tệp ảnh hay PDF nào.</translation>
    </message>
    <message>
        <source>the image is too large ({width}×{height} pixels).</source>
        <translation>ảnh quá lớn ({width}×{height} điểm ảnh).</translation>
    </message>
    <message>
        <source>the file has {pages} pages, more than {most}.</source>
        <translation>tệp có {pages} trang, quá {most} trang.</translation>
    </message>
    <message>
        <source>it is not an image or PDF file.</source>
        <translation>không phải tệp ảnh hay PDF.</translation>
    </message>
    <message>
        <source>the image is too large (it may be a malicious file).</source>
        <translation>ảnh quá lớn (có thể là tệp độc hại).</translation>
    </message>
    <message>
        <source>the image file is damaged ({reason}).</source>
        <translation>tệp ảnh bị hỏng ({reason}).</translation>
    </message>
    <message>
        <source>the PDF file is damaged or has a password.</source>
        <translation>tệp PDF bị hỏng hoặc có mật khẩu.</translation>
    </message>
    <message>
        <source>page {page} is too large ({width}×{height} cm).</source>
        <translation>trang {page} khổ quá lớn ({width}×{height} cm).</translation>
    </message>
    <message>
        <source>page {page} holds an image that is too large ({width}×{height} pixels).</source>
        <translation>trang {page} chứa ảnh quá lớn ({width}×{height} điểm ảnh).</translation>
    </message>
    <message>
        <source>the PDF file has a password or is encrypted: print it and scan it, or ask for an unlocked file.</source>
        <translation>tệp PDF có mật khẩu hoặc được mã hóa: in ra rồi quét, hoặc xin tệp không khóa.</translation>
    </message>
    <message>
        <source>the PDF file declares its compression in a way that cannot be checked.</source>
        <translation>tệp PDF khai kiểu nén theo cách không kiểm tra được.</translation>
    </message>
    <message>
        <source>the PDF file uses a compression that cannot be checked ({filter}).</source>
        <translation>tệp PDF dùng kiểu nén không kiểm tra được ({filter}).</translation>
    </message>
    <message>
        <source>the content of the PDF inflates too much (it may be a malicious file, a “PDF bomb”).</source>
        <translation>nội dung PDF giải nén ra quá lớn (có thể là tệp độc hại, “bom PDF”).</translation>
    </message>
    <message>
        <source>A digitised paper must have a name.</source>
        <translation>Giấy tờ được số hóa phải có tên.</translation>
    </message>
    <message>
        <source>The paper &quot;{document}&quot; has no scanned page yet.</source>
        <translation>Giấy tờ &quot;{document}&quot; chưa có trang nào được quét.</translation>
    </message>
    <message>
        <source>The paper &quot;{document}&quot; has more than {most} pages.</source>
        <translation>Giấy tờ &quot;{document}&quot; có quá {most} trang.</translation>
    </message>
    <message>
        <source>The file of the paper &quot;{document}&quot; is larger than {megabytes} MB.</source>
        <translation>Tệp của giấy tờ &quot;{document}&quot; lớn quá {megabytes} MB.</translation>
    </message>
    <message>
        <source>The file of the paper &quot;{document}&quot; is no longer in the data folder: scan it again.</source>
        <translation>Tệp của giấy tờ &quot;{document}&quot; không còn trong thư mục dữ liệu: quét lại.</translation>
    </message>
    <message>
        <source>The dossier was refused at reception: its papers are not digitised.</source>
        <translation>Hồ sơ đã bị từ chối tiếp nhận: không số hóa giấy tờ.</translation>
    </message>
    <message>
        <source>Results are digitised only once the dossier has its result.</source>
        <translation>Chỉ số hóa kết quả khi đã có kết quả giải quyết.</translation>
    </message>
    <message>
        <source>The dossier has no such file.</source>
        <translation>Hồ sơ không có tệp này.</translation>
    </message>
    <message>
        <source>The file received does not match its hash {hash}…: not kept.</source>
        <translation>Tệp nhận được không đúng mã băm {hash}…: không lưu.</translation>
    </message>
    <message>
        <source>Cannot read the file {hash}… in the data folder ({reason}).</source>
        <translation>Không đọc được tệp {hash}… trong thư mục dữ liệu ({reason}).</translation>
    </message>
    <message>
        <source>The file {hash}… in the data folder is damaged (wrong hash).</source>
        <translation>Tệp {hash}… trong thư mục dữ liệu đã bị hỏng (sai mã băm).</translation>
    </message>
    <message>
        <source>The computer&apos;s disk is full: the paper&apos;s file was not saved and the dossier did not change. The scanned pages are still on the screen; free some space on the disk and save again.</source>
        <translation>Ổ đĩa của máy đã đầy: không lưu được tệp giấy tờ, hồ sơ không thay đổi. Các trang đã quét vẫn còn trên màn hình; giải phóng chỗ trên ổ đĩa rồi lưu lại.</translation>
    </message>
    <message>
        <source>The connection was lost while fetching the file from the provincial server: try opening it again later.</source>
        <translation>Mất kết nối khi tải tệp từ máy chủ tỉnh: thử mở lại sau.</translation>
    </message>
    <message>
        <source>The bandwidth limit for files must be from 0 to 1,000,000 kbit/s.</source>
        <translation>Giới hạn băng thông cho tệp phải từ 0 đến 1.000.000 kbit/s.</translation>
    </message>
    <message>
        <source>A paper&apos;s file could not be sent yet: {reason}</source>
        <translation>Tệp giấy tờ chưa gửi được: {reason}</translation>
    </message>
    <message>
        <source>{hash}…: {message}</source>
        <translation>{hash}…: {message}</translation>
    </message>
    <message>
        <source>No scanner found: check the scanner&apos;s cable and power, then scan again.</source>
        <translation>Không tìm thấy máy quét: kiểm tra cáp và nguồn điện của máy quét rồi quét lại.</translation>
    </message>
    <message>
        <source>The scanner is busy (another program is using it): wait a moment, then scan again.</source>
        <translation>Máy quét đang bận (một chương trình khác đang dùng): chờ một lát rồi quét lại.</translation>
    </message>
    <message>
        <source>The scanner has a paper jam: take out the jammed sheet, put it back and scan on.</source>
        <translation>Máy quét bị kẹt giấy: gỡ tờ bị kẹt, đặt lại tờ đó rồi quét tiếp.</translation>
    </message>
    <message>
        <source>The scanner&apos;s feeder has no paper: put paper in, then scan again.</source>
        <translation>Khay nạp giấy của máy quét không có giấy: đặt giấy vào rồi quét lại.</translation>
    </message>
    <message>
        <source>Scanning stopped.</source>
        <translation>Đã dừng quét.</translation>
    </message>
    <message>
        <source>The scanner reported an error</source>
        <translation>Máy quét báo lỗi</translation>
    </message>
    <message>
        <source>{problem}: {detail}</source>
        <translation>{problem}: {detail}</translation>
    </message>
    <message>
        <source>{problem} The {pages} pages scanned before it were kept.</source>
        <translation>{problem} Đã giữ {pages} trang quét được trước đó.</translation>
    </message>
    <message>
        <source>the scanner did not answer when listed</source>
        <translation>máy quét không trả lời khi liệt kê</translation>
    </message>
    <message>
        <source>The provincial server has no place set up to keep papers&apos; files.</source>
        <translation>Máy chủ tỉnh chưa được cấu hình nơi lưu tệp giấy tờ.</translation>
    </message>
    <message>
        <source>Sign in first (a desk&apos;s access token or a province account).</source>
        <translation>Cần đăng nhập (mã truy cập của quầy hoặc tài khoản của tỉnh).</translation>
    </message>
    <message>
        <source>The provincial server has no such file among the unit&apos;s dossiers.</source>
        <translation>Máy chủ tỉnh không có tệp này trong hồ sơ của đơn vị.</translation>
    </message>
    <message>
        <source>More was sent than the file&apos;s size or one sending allows.</source>
        <translation>Gửi quá kích thước của tệp hoặc của một lần gửi.</translation>
    </message>
    <message>
        <source>This file is being sent in another request.</source>
        <translation>Tệp này đang được gửi trong một yêu cầu khác.</translation>
    </message>
    <message>
        <source>The provincial server holds a different number of bytes than the desk: send on from where the server got to.</source>
        <translation>Máy chủ tỉnh giữ số byte khác với quầy: gửi tiếp từ chỗ máy chủ đã nhận.</translation>
    </message>
    <message>
        <source>The file received does not match its SHA-256 hash: the desk will send the file again from the start.</source>
        <translation>Tệp nhận được không đúng mã băm SHA-256: quầy sẽ gửi lại tệp từ đầu.</translation>
    </message>
    <message>
        <source>The desk has not finished sending this file to the provincial server.</source>
        <translation>Quầy chưa gửi xong tệp này lên máy chủ tỉnh.</translation>
    </message>
    <message>
        <source>The unit has no dossier with the code &quot;{dossier}&quot;.</source>
        <translation>Không có hồ sơ mã &quot;{dossier}&quot; của đơn vị.</translation>
    </message>
</context>
<context>
    <name>Postal</name>
    <message>
        <source>&quot;{text}&quot; is not a postal item code (2 letters, 9 digits, 2 letters, for example EE123456785VN).</source>
        <translation>&quot;{text}&quot; không phải mã bưu gửi (2 chữ cái, 9 chữ số, 2 chữ cái, ví dụ EE123456785VN).</translation>
    </message>
    <message>
        <source>The check digit of the postal item code {code} is wrong: it was misread, scan it again.</source>
        <translation>Mã bưu gửi {code} sai số kiểm tra: mã bị đọc sai, hãy quét lại.</translation>
    </message>
    <message>
        <source>The batch number {text} is not valid (for example BC01-00012).</source>
        <translation>Số lô {text} không hợp lệ (ví dụ BC01-00012).</translation>
    </message>
    <message>
        <source>There is no postal batch {batch}.</source>
        <translation>Không có lô bưu chính {batch}.</translation>
    </message>
    <message>
        <source>There is no code to scan yet.</source>
        <translation>Chưa có mã để quét.</translation>
    </message>
    <message>
        <source>Batch {batch} is closed: open a new batch to go on scanning.</source>
        <translation>Lô {batch} đã đóng: mở lô mới để quét tiếp.</translation>
    </message>
    <message>
        <source>Batch {batch} is closed.</source>
        <translation>Lô {batch} đã đóng.</translation>
    </message>
    <message>
        <source>The postal item code {item} is already linked to dossier {code}.</source>
        <translation>Mã bưu gửi {item} đã gắn với hồ sơ {code}.</translation>
    </message>
    <message>
        <source>The postal item {item} belongs to batch {batch}, which is not closed: close the batch and sign its hand-over list before receiving it.</source>
        <translation>Bưu gửi {item} thuộc lô {batch} chưa đóng: đóng lô và ký danh sách bàn giao trước khi tiếp nhận.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is neither a dossier code nor a postal item code.</source>
        <translation>&quot;{text}&quot; không phải mã hồ sơ hay mã bưu gửi.</translation>
    </message>
    <message>
        <source>Dossier {code} belongs to another unit (unit code {unit}).</source>
        <translation>Hồ sơ {code} của đơn vị khác (mã đơn vị {unit}).</translation>
    </message>
    <message>
        <source>Dossier {code} belongs to another unit.</source>
        <translation>Hồ sơ {code} của đơn vị khác.</translation>
    </message>
    <message>
        <source>No dossier has the code {code}.</source>
        <translation>Không tìm thấy hồ sơ mã {code}.</translation>
    </message>
    <message>
        <source>{code} is a dossier code: when receiving dossiers by post, scan the postal item code on the package.</source>
        <translation>{code} là mã hồ sơ: khi nhận hồ sơ qua bưu chính, quét mã bưu gửi trên bưu gửi.</translation>
    </message>
    <message>
        <source>The postal item {item} is already scanned in this batch.</source>
        <translation>Bưu gửi {item} đã quét trong lô này.</translation>
    </message>
    <message>
        <source>The postal item {item} is already in batch {batch}.</source>
        <translation>Bưu gửi {item} đã có trong lô {batch}.</translation>
    </message>
    <message>
        <source>Postal item {item} taken in: waiting for its dossier to be received.</source>
        <translation>Nhận bưu gửi {item}: chờ tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>Dossier {code} is already scanned in this batch.</source>
        <translation>Hồ sơ {code} đã quét trong lô này.</translation>
    </message>
    <message>
        <source>Dossier {code} is already in batch {batch}.</source>
        <translation>Hồ sơ {code} đã có trong lô {batch}.</translation>
    </message>
    <message>
        <source>Dossier {code} is to get its result in person at the Public Administrative Service Centre, not by post.</source>
        <translation>Hồ sơ {code} đăng ký nhận kết quả trực tiếp tại Trung tâm Phục vụ hành chính công, không qua bưu chính.</translation>
    </message>
    <message>
        <source>The result of dossier {code} has already been handed to the post (postal item code {item}).</source>
        <translation>Kết quả hồ sơ {code} đã bàn giao cho bưu chính (mã bưu gửi {item}).</translation>
    </message>
    <message>
        <source>Dossier {code}: scan the postal item code of the result&apos;s envelope.</source>
        <translation>Hồ sơ {code}: quét mã bưu gửi của phong bì kết quả.</translation>
    </message>
    <message>
        <source>The postal item code {item} is already scanned in this batch.</source>
        <translation>Mã bưu gửi {item} đã quét trong lô này.</translation>
    </message>
    <message>
        <source>The postal item code {item} is already in batch {batch}.</source>
        <translation>Mã bưu gửi {item} đã có trong lô {batch}.</translation>
    </message>
    <message>
        <source>No dossier is waiting for the postal item code {item}: scan the dossier code first, then the postal item code.</source>
        <translation>Chưa có hồ sơ chờ gắn mã bưu gửi {item}: quét mã hồ sơ trước, rồi quét mã bưu gửi.</translation>
    </message>
    <message>
        <source>Postal item code {item} linked to dossier {code}.</source>
        <translation>Gắn mã bưu gửi {item} với hồ sơ {code}.</translation>
    </message>
    <message>
        <source>The postal item code {item} is not linked to any dossier.</source>
        <translation>Mã bưu gửi {item} chưa gắn với hồ sơ nào.</translation>
    </message>
    <message>
        <source>{item} is the postal item that brought dossier {code}, not the envelope of a result.</source>
        <translation>{item} là bưu gửi nộp hồ sơ {code}, không phải bưu gửi kết quả.</translation>
    </message>
    <message>
        <source>Dossier {code} has already been confirmed as returned.</source>
        <translation>Hồ sơ {code} đã được xác nhận trả kết quả.</translation>
    </message>
    <message>
        <source>The result of dossier {code} has not been handed to the post.</source>
        <translation>Kết quả hồ sơ {code} chưa bàn giao cho bưu chính.</translation>
    </message>
    <message>
        <source>Dossier {code} is &quot;{status}&quot;.</source>
        <translation>Hồ sơ {code} đang ở trạng thái &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>Result of dossier {code} delivered (postal item code {item}).</source>
        <translation>Đã phát kết quả hồ sơ {code} (mã bưu gửi {item}).</translation>
    </message>
    <message>
        <source>The result of dossier {code} has been returned.</source>
        <translation>Hồ sơ {code} đã trả kết quả.</translation>
    </message>
    <message>
        <source>Dossier {code} is &quot;{status}&quot;: it has no result to hand over yet.</source>
        <translation>Hồ sơ {code} đang ở trạng thái &quot;{status}&quot;, chưa có kết quả để giao.</translation>
    </message>
    <message>
        <source>Dossier {code} has no postal item code: it is not handed over.</source>
        <translation>Hồ sơ {code} chưa có mã bưu gửi: không bàn giao.</translation>
    </message>
</context>
<context>
    <name>Province</name>
    <message>
        <source>The sync package is too large.</source>
        <translation>Gói đồng bộ quá lớn.</translation>
    </message>
    <message>
        <source>The gzip-compressed content is broken.</source>
        <translation>Nội dung nén gzip bị hỏng.</translation>
    </message>
    <message>
        <source>The data holds a NUL character, which is not allowed.</source>
        <translation>Dữ liệu chứa ký tự NUL không hợp lệ.</translation>
    </message>
    <message>
        <source>The data holds an invalid Unicode character (half of a UTF-16 pair).</source>
        <translation>Dữ liệu chứa ký tự Unicode không hợp lệ (nửa cặp UTF-16).</translation>
    </message>
    <message>
        <source>The request was cut off before its end.</source>
        <translation>Yêu cầu bị ngắt giữa chừng.</translation>
    </message>
    <message>
        <source>The content of the request cannot be read (it is not valid JSON).</source>
        <translation>Nội dung yêu cầu không đọc được (không phải JSON hợp lệ).</translation>
    </message>
    <message>
        <source>The provincial server has no such address: check the address of the sync server.</source>
        <translation>Máy chủ tỉnh không có địa chỉ này: kiểm tra địa chỉ máy chủ đồng bộ.</translation>
    </message>
    <message>
        <source>The provincial server does not take this method at this address.</source>
        <translation>Máy chủ tỉnh không nhận phương thức này ở địa chỉ này.</translation>
    </message>
    <message>
        <source>The provincial server did not accept the request (HTTP {status}).</source>
        <translation>Yêu cầu không được máy chủ tỉnh chấp nhận (HTTP {status}).</translation>
    </message>
    <message>
        <source>The desk is not enrolled with the provincial server, or its access token is wrong.</source>
        <translation>Quầy chưa đăng ký với máy chủ tỉnh hoặc mã truy cập không đúng.</translation>
    </message>
    <message>
        <source>This desk&apos;s right to sync has been revoked. Call the province&apos;s administrator.</source>
        <translation>Quầy này đã bị thu hồi quyền đồng bộ. Liên hệ quản trị viên tỉnh.</translation>
    </message>
    <message>
        <source>The request does not follow the sync protocol.</source>
        <translation>Yêu cầu không đúng giao thức đồng bộ.</translation>
    </message>
    <message>
        <source>The desk&apos;s enrolment code is wrong, already used or expired.</source>
        <translation>Mã đăng ký quầy không đúng, đã dùng hoặc đã hết hạn.</translation>
    </message>
    <message>
        <source>An earlier action is missing; send again from the sequence number the server expects.</source>
        <translation>Thiếu hành động trước đó; gửi lại từ số thứ tự máy chủ chờ.</translation>
    </message>
    <message>
        <source>Two computers are using the same desk. The administrator must enrol one of them again.</source>
        <translation>Hai máy đang dùng chung một quầy. Quản trị viên phải đăng ký lại một trong hai máy.</translation>
    </message>
    <message>
        <source>The first event of a dossier must be its reception.</source>
        <translation>Sự kiện đầu tiên của hồ sơ phải là tiếp nhận.</translation>
    </message>
    <message>
        <source>A desk may receive only dossiers with the code of its own unit ({unit}).</source>
        <translation>Quầy chỉ được tiếp nhận hồ sơ mang mã của đơn vị mình ({unit}).</translation>
    </message>
    <message>
        <source>The dossier code {code} is already used for another dossier.</source>
        <translation>Mã hồ sơ {code} đã được dùng cho một hồ sơ khác.</translation>
    </message>
    <message>
        <source>The processing unit {unit} is not in the province&apos;s list.</source>
        <translation>Đơn vị giải quyết {unit} không có trong danh sách của tỉnh.</translation>
    </message>
    <message>
        <source>Dossier {code} carries the identifier (UUID) of a dossier of another unit: the desk may not update it.</source>
        <translation>Hồ sơ {code} mang mã định danh (UUID) của một hồ sơ thuộc đơn vị khác: quầy không được cập nhật.</translation>
    </message>
    <message>
        <source>The data is not valid in the field {field} ({constraint}).</source>
        <translation>Dữ liệu không hợp lệ ở trường {field} ({constraint}).</translation>
    </message>
    <message>
        <source>The provincial server gets too many requests from this address; try again in {seconds} seconds.</source>
        <translation>Máy chủ tỉnh nhận quá nhiều yêu cầu từ địa chỉ này; thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <source>There are too many look-ups from this network; please try again in {seconds} seconds.</source>
        <translation>Có quá nhiều lượt tra cứu từ mạng này; vui lòng thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <source>Too many attempts to enrol a desk from this address; try again in {seconds} seconds.</source>
        <translation>Quá nhiều lần thử đăng ký quầy từ địa chỉ này; thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <source>Too many requests with a wrong access token from this address; try again in {seconds} seconds.</source>
        <translation>Quá nhiều yêu cầu với mã truy cập sai từ địa chỉ này; thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <source>The desk sends too many requests; try again in {seconds} seconds.</source>
        <translation>Quầy gửi quá nhiều yêu cầu; thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <source>The provincial server is taking many data packages at once; try again in {seconds} seconds.</source>
        <translation>Máy chủ tỉnh đang nhận nhiều gói dữ liệu cùng lúc; thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <source>The request does not follow the sync protocol: the field {field} {problem}.</source>
        <translation>Yêu cầu không đúng giao thức đồng bộ: trường {field} {problem}.</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(gốc)</translation>
    </message>
    <message>
        <source>is not valid ({reason})</source>
        <translation>không hợp lệ ({reason})</translation>
    </message>
    <message>
        <source>is not in the protocol</source>
        <translation>không có trong giao thức</translation>
    </message>
    <message>
        <source>The sync package holds too many values (more than {most}).</source>
        <translation>Gói đồng bộ có quá nhiều giá trị (hơn {most}).</translation>
    </message>
    <message>
        <source>The content of the request is not UTF-8 text.</source>
        <translation>Nội dung yêu cầu không phải văn bản UTF-8.</translation>
    </message>
    <message>
        <source>The content of the request is not valid JSON (line {line}, column {column}).</source>
        <translation>Nội dung yêu cầu không phải JSON hợp lệ (dòng {line}, cột {column}).</translation>
    </message>
    <message>
        <source>The data is nested too deeply (more than {most} levels).</source>
        <translation>Dữ liệu lồng nhau quá sâu (hơn {most} tầng).</translation>
    </message>
    <message>
        <source>The data is nested too deeply (more than {most} levels) at the field {field}….</source>
        <translation>Dữ liệu lồng nhau quá sâu (hơn {most} tầng) ở trường {field}….</translation>
    </message>
    <message>
        <source>holds a number that cannot be used ({number}): a finite number is needed</source>
        <translation>có số không dùng được ({number}): cần một số hữu hạn</translation>
    </message>
    <message>
        <source>holds a NUL character (code 0), which text may not hold</source>
        <translation>chứa ký tự NUL (mã 0), không được phép trong văn bản</translation>
    </message>
    <message>
        <source>holds half of a UTF-16 pair (an invalid Unicode character)</source>
        <translation>chứa nửa cặp UTF-16 đơn lẻ (ký tự Unicode không hợp lệ)</translation>
    </message>
    <message>
        <source>The action is refused: the field {field} {problem}.</source>
        <translation>Thao tác bị từ chối: trường {field} {problem}.</translation>
    </message>
    <message>
        <source>The desk could not send this action to the province: {reason}</source>
        <translation>Quầy không gửi được thao tác này lên tỉnh: {reason}</translation>
    </message>
    <message>
        <source>The action is refused: the field {field} does not follow the protocol ({reason}).</source>
        <translation>Thao tác bị từ chối: trường {field} không đúng giao thức ({reason}).</translation>
    </message>
    <message>
        <source>Enrolling desks is locked after too many wrong codes; try again in {seconds} seconds or call the province.</source>
        <translation>Đăng ký quầy tạm khóa vì có quá nhiều mã sai; thử lại sau {seconds} giây hoặc liên hệ tỉnh.</translation>
    </message>
    <message>
        <source>{variable} must be at least 64 hexadecimal characters (32 random bytes).</source>
        <translation>{variable} phải là ít nhất 64 ký tự thập lục phân (32 byte ngẫu nhiên).</translation>
    </message>
    <message>
        <source>The server&apos;s secret key (the file server-secret in the data folder, or COUNTER_SERVER_SECRET) is not the key this database has used: run the command with the same --data-dir / COUNTER_SERVER_SECRET as the server.</source>
        <translation>Khóa bí mật của máy chủ (tệp server-secret trong thư mục dữ liệu, hoặc COUNTER_SERVER_SECRET) không phải khóa cơ sở dữ liệu này đã dùng: chạy lệnh với cùng --data-dir / COUNTER_SERVER_SECRET như máy chủ.</translation>
    </message>
    <message>
        <source>Desk enrolment locked for {minutes} minutes: the address {address} tried {failures} wrong codes.</source>
        <translation>Khóa đăng ký quầy {minutes} phút: địa chỉ {address} đã thử {failures} mã đăng ký sai.</translation>
    </message>
    <message>
        <source>Desk enrolment locked for {minutes} minutes: unit {unit} got {failures} wrong codes (the last from {address}).</source>
        <translation>Khóa đăng ký quầy {minutes} phút: đơn vị {unit} đã nhận {failures} mã đăng ký sai (lần cuối từ {address}).</translation>
    </message>
    <message>
        <source>A supplement request (status 5) needs its list of papers: --item PAPER for each paper.</source>
        <translation>Yêu cầu bổ sung (trạng thái 5) cần danh sách giấy tờ: --item GIẤY_TỜ cho mỗi giấy tờ.</translation>
    </message>
    <message>
        <source>The dossier code {code} does not match the dossier held ({held}).</source>
        <translation>Mã hồ sơ {code} không khớp hồ sơ đã có ({held}).</translation>
    </message>
    <message>
        <source>The dossier had been moved to {by} before the desk knew; the desk&apos;s action is recorded all the same, a supervisor must look at it again.</source>
        <translation>Hồ sơ đã được chuyển sang {by} trước khi quầy biết; thao tác của quầy vẫn được ghi nhận, cần lãnh đạo xem lại.</translation>
    </message>
    <message>
        <source>The dossier code is already used for another dossier.</source>
        <translation>Mã hồ sơ đã được dùng cho một hồ sơ khác.</translation>
    </message>
    <message>
        <source>The action&apos;s identifier is already used for another action.</source>
        <translation>Mã định danh thao tác đã được dùng cho một thao tác khác.</translation>
    </message>
    <message>
        <source>There is no unit with the code &quot;{code}&quot; on the provincial server.</source>
        <translation>Không có đơn vị mã &quot;{code}&quot; trên máy chủ tỉnh.</translation>
    </message>
    <message>
        <source>The new account &quot;{username}&quot; needs a password.</source>
        <translation>Tài khoản mới &quot;{username}&quot; cần có mật khẩu.</translation>
    </message>
    <message>
        <source>The server has no dossier with the code &quot;{code}&quot;.</source>
        <translation>Máy chủ không có hồ sơ mã &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>Unit {unit} has no account &quot;{username}&quot;.</source>
        <translation>Đơn vị {unit} không có tài khoản &quot;{username}&quot;.</translation>
    </message>
    <message>
        <source>No name is known for unit {code}: the national portal needs the names of units.</source>
        <translation>Chưa có tên của đơn vị {code}: Cổng dịch vụ công quốc gia cần tên các đơn vị.</translation>
    </message>
    <message>
        <source>There is no province user &quot;{username}&quot;.</source>
        <translation>Không có người dùng tỉnh &quot;{username}&quot;.</translation>
    </message>
    <message>
        <source>No such units: {codes}.</source>
        <translation>Không có đơn vị: {codes}.</translation>
    </message>
    <message>
        <source>A day is written year-month-day, for example 2026-11-23.</source>
        <translation>Ngày phải có dạng năm-tháng-ngày, ví dụ 2026-11-23.</translation>
    </message>
    <message>
        <source>The first day must be on or before the last day.</source>
        <translation>Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.</translation>
    </message>
    <message>
        <source>At most {days} days at a time.</source>
        <translation>Mỗi lần xem tối đa {days} ngày.</translation>
    </message>
    <message>
        <source>Choose the {what} to publish.</source>
        <translation>Chọn {what} để công bố.</translation>
    </message>
    <message>
        <source>The status is not in the list.</source>
        <translation>Trạng thái không có trong danh sách.</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>The details of the submitter / owner must be an object.</source>
        <translation>Thông tin người nộp / chủ hồ sơ phải là một đối tượng.</translation>
    </message>
    <message>
        <source>Details of the submitter / owner: {reason}.</source>
        <translation>Thông tin người nộp / chủ hồ sơ: {reason}.</translation>
    </message>
    <message>
        <source>The full name is missing.</source>
        <translation>Chưa nhập họ và tên.</translation>
    </message>
    <message>
        <source>The sex must be Nam (male) or Nữ (female).</source>
        <translation>Giới tính phải là Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>The date of birth is not valid.</source>
        <translation>Ngày sinh không hợp lệ.</translation>
    </message>
    <message>
        <source>The personal identity number / ID card number is missing.</source>
        <translation>Chưa nhập số định danh cá nhân / CMND.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits and starts with 0 (or +84).</source>
        <translation>Số điện thoại phải có 10 chữ số, bắt đầu bằng 0 (hoặc +84).</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Địa chỉ thư điện tử không hợp lệ.</translation>
    </message>
    <message>
        <source>The number of sets of the dossier must be from 1 to {most}.</source>
        <translation>Số bộ hồ sơ phải từ 1 đến {most}.</translation>
    </message>
    <message>
        <source>Returning the result by post needs the address to send it to.</source>
        <translation>Trả kết quả qua bưu chính cần địa chỉ nhận.</translation>
    </message>
    <message>
        <source>A number of papers cannot be negative.</source>
        <translation>Số lượng giấy tờ không được âm.</translation>
    </message>
    <message>
        <source>Required papers are missing: {papers}.</source>
        <translation>Thiếu giấy tờ bắt buộc: {papers}.</translation>
    </message>
    <message>
        <source>&quot;documents&quot; must be a list of papers.</source>
        <translation>&quot;documents&quot; phải là danh sách các giấy tờ.</translation>
    </message>
    <message>
        <source>&quot;fee&quot; must be an object {{&quot;quantity&quot;, &quot;pages&quot;, &quot;exemption&quot;}}, &quot;exemption&quot; being the name of an exempted group.</source>
        <translation>&quot;fee&quot; phải là một đối tượng {{&quot;quantity&quot;, &quot;pages&quot;, &quot;exemption&quot;}}, &quot;exemption&quot; là tên đối tượng miễn phí.</translation>
    </message>
    <message>
        <source>Value not valid: {value}. Channel: direct/online/postal; return: counter/post.</source>
        <translation>Giá trị không hợp lệ: {value}. Kênh: direct/online/postal; trả: counter/post.</translation>
    </message>
    <message>
        <source>The quantity, the pages, the number of sets or the note are not valid ({reason}).</source>
        <translation>Số lượng, số trang, số bộ hồ sơ hoặc ghi chú không hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>A dossier file must be a JSON object.</source>
        <translation>Tệp hồ sơ phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Administrative procedure code: {reason}.</source>
        <translation>Mã thủ tục hành chính: {reason}.</translation>
    </message>
    <message>
        <source>No administrative procedure is chosen (&quot;procedure&quot;).</source>
        <translation>Chưa chọn thủ tục hành chính (&quot;procedure&quot;).</translation>
    </message>
    <message>
        <source>Each paper must be a JSON object.</source>
        <translation>Mỗi giấy tờ phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>A paper is not valid ({reason}).</source>
        <translation>Giấy tờ không hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>The reception details of the dossier cannot be read: {reason}.</source>
        <translation>Thông tin tiếp nhận của hồ sơ không đọc được: {reason}.</translation>
    </message>
    <message>
        <source>the details of the submitter / owner</source>
        <translation>thông tin người nộp / chủ hồ sơ</translation>
    </message>
    <message>
        <source>the paper</source>
        <translation>giấy tờ</translation>
    </message>
    <message>
        <source>the submitter has no full name</source>
        <translation>người nộp thiếu họ tên</translation>
    </message>
    <message>
        <source>the sex must be Nam or Nữ</source>
        <translation>giới tính phải là Nam hoặc Nữ</translation>
    </message>
    <message>
        <source>a paper is given by its number in a procedure this desk does not have</source>
        <translation>giấy tờ ghi theo số thứ tự của thủ tục mà quầy chưa có</translation>
    </message>
    <message>
        <source>the fee exemption must be a string of characters</source>
        <translation>đối tượng miễn phí phải là một chuỗi ký tự</translation>
    </message>
    <message>
        <source>Owner of the dossier: {message}</source>
        <translation>Chủ hồ sơ: {message}</translation>
    </message>
    <message>
        <source>Submitter of the dossier: {message}</source>
        <translation>Người nộp hồ sơ: {message}</translation>
    </message>
    <message>
        <source>the receipt&apos;s look-up token is not in the right form</source>
        <translation>mã tra cứu của giấy tiếp nhận không đúng dạng</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Give the period of the report: from … to … (dd/mm/yyyy).</source>
        <translation>Cần cho biết kỳ báo cáo: từ ngày … đến ngày … (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>The period of the report is not valid: its first day {start} is after its last day {end}.</source>
        <translation>Kỳ báo cáo không hợp lệ: ngày bắt đầu {start} sau ngày kết thúc {end}.</translation>
    </message>
    <message>
        <source>The period of the report starts on {start}, after today ({today}): there are no figures yet.</source>
        <translation>Kỳ báo cáo bắt đầu ngày {start}, sau ngày hôm nay ({today}): chưa có số liệu.</translation>
    </message>
    <message>
        <source>Columns not in the register: {unknown}. The columns: {columns}.</source>
        <translation>Cột không có trong sổ: {unknown}. Các cột: {columns}.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>There is no report &quot;{kind}&quot;. The reports: {kinds}.</source>
        <translation>Không có báo cáo &quot;{kind}&quot;. Các báo cáo: {kinds}.</translation>
    </message>
    <message>
        <source>The format &quot;{format}&quot; is not supported: choose --format pdf or --format xlsx.</source>
        <translation>Định dạng &quot;{format}&quot; không hỗ trợ: chọn --format pdf hoặc --format xlsx.</translation>
    </message>
    <message>
        <source>There is no way of counting &quot;{view}&quot;. Choose: {views}.</source>
        <translation>Không có cách tính &quot;{view}&quot;. Chọn: {views}.</translation>
    </message>
</context>
<context>
    <name>Said</name>
    <message>
        <source>Desk {desk} configured — {unit_name} ({unit_code}), data in {folder}</source>
        <translation>Đã cấu hình quầy {desk} — {unit_name} ({unit_code}), dữ liệu tại {folder}</translation>
    </message>
    <message>
        <source>Account {username} made ({role}): {full_name}</source>
        <translation>Đã tạo tài khoản {username} ({role}): {full_name}</translation>
    </message>
    <message>
        <source>Account {username} unlocked.</source>
        <translation>Đã mở khóa tài khoản {username}.</translation>
    </message>
    <message>
        <source>Account {username} was not locked.</source>
        <translation>Tài khoản {username} không bị khóa.</translation>
    </message>
    <message>
        <source>Catalog {version} imported ({procedures} procedures, in force from {effective_from})</source>
        <translation>Đã nhập danh mục {version} ({procedures} thủ tục, hiệu lực từ {effective_from})</translation>
    </message>
    <message>
        <source>Catalog {version} was already here ({procedures} procedures, in force from {effective_from})</source>
        <translation>Đã có sẵn danh mục {version} ({procedures} thủ tục, hiệu lực từ {effective_from})</translation>
    </message>
    <message>
        <source>{version}  in force from {effective_from}  {procedures} procedures  {issuer}</source>
        <translation>{version}  hiệu lực {effective_from}  {procedures} thủ tục  {issuer}</translation>
    </message>
    <message>
        <source>No procedure.</source>
        <translation>Không có thủ tục nào.</translation>
    </message>
    <message>
        <source>case {key}: {name} — {processing}</source>
        <translation>trường hợp {key}: {name} — {processing}</translation>
    </message>
    <message>
        <source>To check: {finding}</source>
        <translation>Cần kiểm tra: {finding}</translation>
    </message>
    <message>
        <source>Catalog {version}: {procedures} procedures, in force from {effective_from}; {findings} points to check</source>
        <translation>Danh mục {version}: {procedures} thủ tục, hiệu lực từ {effective_from}; {findings} điểm cần kiểm tra</translation>
    </message>
    <message>
        <source>written to {path}</source>
        <translation>đã ghi {path}</translation>
    </message>
    <message>
        <source>loaded onto the desk</source>
        <translation>đã nạp vào quầy</translation>
    </message>
    <message>
        <source>already on the desk</source>
        <translation>đã có sẵn trên quầy</translation>
    </message>
    <message>
        <source>Same day (received after {hour}, returned on the next working day)</source>
        <translation>Trong ngày (tiếp nhận sau {hour} trả vào ngày làm việc tiếp theo)</translation>
    </message>
    <message>
        <source>Awaiting the province&apos;s confirmation of the time</source>
        <translation>Chờ tỉnh xác nhận thời hạn giải quyết</translation>
    </message>
    <message>
        <source>No fixed time for settling it</source>
        <translation>Không quy định thời hạn giải quyết cụ thể</translation>
    </message>
    <message>
        <source>{amount} working days</source>
        <translation>{amount} ngày làm việc</translation>
    </message>
    <message>
        <source>{amount} days</source>
        <translation>{amount} ngày</translation>
    </message>
    <message>
        <source>{amount} working hours</source>
        <translation>{amount} giờ làm việc</translation>
    </message>
    <message>
        <source>Fee table of {resolution} imported ({lines} fees, {exemptions} exemptions, in force from {effective_from})</source>
        <translation>Đã nhập biểu mức thu theo {resolution} ({lines} mức thu, {exemptions} đối tượng miễn, hiệu lực từ {effective_from})</translation>
    </message>
    <message>
        <source>Fee table of {resolution} was already here ({lines} fees, {exemptions} exemptions, in force from {effective_from})</source>
        <translation>Đã có sẵn biểu mức thu theo {resolution} ({lines} mức thu, {exemptions} đối tượng miễn, hiệu lực từ {effective_from})</translation>
    </message>
    <message>
        <source>{resolution}  in force from {effective_from}  {lines} fees  {origin}</source>
        <translation>{resolution}  hiệu lực {effective_from}  {lines} mức thu  {origin}</translation>
    </message>
    <message>
        <source>from the province</source>
        <translation>từ tỉnh</translation>
    </message>
    <message>
        <source>imported from a file</source>
        <translation>nhập từ tệp</translation>
    </message>
    <message>
        <source>No fee table yet: fees set by the provincial People&apos;s Council are recorded as having no amount yet.</source>
        <translation>Chưa có biểu mức thu nào: lệ phí do HĐND tỉnh quy định được ghi là chưa có mức thu.</translation>
    </message>
    <message>
        <source>No fee table is in force on {day}.</source>
        <translation>Không có biểu mức thu nào có hiệu lực ngày {day}.</translation>
    </message>
    <message>
        <source>{reference} — in force from {day}</source>
        <translation>{reference} — hiệu lực từ {day}</translation>
    </message>
    <message>
        <source>by the number of pages</source>
        <translation>theo số trang</translation>
    </message>
    <message>
        <source>Exempt: {name} ({ground})</source>
        <translation>Miễn: {name} ({ground})</translation>
    </message>
    <message>
        <source>As the provincial People&apos;s Council&apos;s resolution sets it (the desk has no fee table of the province)</source>
        <translation>Theo Nghị quyết của HĐND tỉnh (quầy chưa có biểu mức thu của tỉnh)</translation>
    </message>
    <message>
        <source>Exempt — {exemption}</source>
        <translation>Miễn lệ phí — {exemption}</translation>
    </message>
    <message>
        <source>Exempt — {exemption} (under {ground})</source>
        <translation>Miễn lệ phí — {exemption} (căn cứ {ground})</translation>
    </message>
    <message>
        <source>{fee}; under {ground}</source>
        <translation>{fee}; căn cứ {ground}</translation>
    </message>
    <message>
        <source>Calendar of {year} imported: {days_off} days off, {working_days} make-up working days</source>
        <translation>Đã nhập lịch năm {year}: {days_off} ngày nghỉ, {working_days} ngày làm bù</translation>
    </message>
    <message>
        <source>{hour}:{minute} on {day}</source>
        <translation>{hour} giờ {minute} phút, ngày {day}</translation>
    </message>
    <message>
        <source>No fixed date for the result, as the law provides</source>
        <translation>Không có ngày hẹn trả cụ thể theo quy định</translation>
    </message>
    <message>
        <source>Awaiting the province&apos;s confirmation of the time: no date set for the result yet</source>
        <translation>Chờ tỉnh xác nhận thời hạn: chưa hẹn ngày trả kết quả</translation>
    </message>
    <message>
        <source>Case: {name}</source>
        <translation>Trường hợp: {name}</translation>
    </message>
    <message>
        <source>Result due: {appointment}</source>
        <translation>Hẹn trả: {appointment}</translation>
    </message>
    <message>
        <source>Fees and charges: {fee}</source>
        <translation>Phí, lệ phí: {fee}</translation>
    </message>
    <message>
        <source>Procedure: {code} {name}</source>
        <translation>Thủ tục: {code} {name}</translation>
    </message>
    <message>
        <source>Owner: {name} ({id_number})</source>
        <translation>Chủ hồ sơ: {name} ({id_number})</translation>
    </message>
    <message>
        <source>Received: {at}</source>
        <translation>Tiếp nhận: {at}</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translation>Lệ phí: {amount}</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Lịch sử:</translation>
    </message>
    <message>
        <source>No dossier found.</source>
        <translation>Không tìm thấy hồ sơ nào.</translation>
    </message>
    <message>
        <source>{code}: moved to “{status}”</source>
        <translation>{code}: đã chuyển sang “{status}”</translation>
    </message>
    <message>
        <source>{code}: {count} papers asked to be supplemented — print the slip: {command}</source>
        <translation>{code}: đã yêu cầu bổ sung {count} nội dung — in phiếu: {command}</translation>
    </message>
    <message>
        <source>{code}: new appointment {due} — print the slip: {command}</source>
        <translation>{code}: hẹn lại {due} — in phiếu: {command}</translation>
    </message>
    <message>
        <source>{code}: processing stopped — print the notice: {command}</source>
        <translation>{code}: đã dừng giải quyết — in thông báo: {command}</translation>
    </message>
    <message>
        <source>{day}: {received} received, {due} due today, {late} late, {waiting} waiting for the citizen&apos;s papers</source>
        <translation>Ngày {day}: tiếp nhận {received}, đến hạn {due}, quá hạn {late}, chờ công dân bổ sung {waiting}</translation>
    </message>
    <message>
        <source>Desk {desk_id} ({unit}) enrolled with the provincial server.</source>
        <translation>Đã đăng ký quầy {desk_id} ({unit}) với máy chủ tỉnh.</translation>
    </message>
    <message>
        <source>Waiting to be sent: {backlog}, refused: {set_aside}, to review: {conflicts}, files of papers waiting: {megabytes} MB, last sync: {last}</source>
        <translation>Chờ gửi: {backlog}, bị từ chối: {set_aside}, cần xem lại: {conflicts}, tệp giấy tờ chờ gửi: {megabytes} MB, lần đồng bộ gần nhất: {last}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>{state}; sync to take back the data already sent</source>
        <translation>{state}, cần đồng bộ để lấy lại dữ liệu đã gửi</translation>
    </message>
    <message>
        <source>{count} operations of the desk taken back from the provincial server.</source>
        <translation>Đã lấy lại {count} thao tác của quầy từ máy chủ tỉnh.</translation>
    </message>
    <message>
        <source>{sent} operations sent ({outcomes}), {received} changes received from the province.</source>
        <translation>Đã gửi {sent} thao tác ({outcomes}), nhận {received} thay đổi từ tỉnh.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>recorded: {count}</source>
        <translation>đã ghi nhận: {count}</translation>
    </message>
    <message>
        <source>already there: {count}</source>
        <translation>đã có từ trước: {count}</translation>
    </message>
    <message>
        <source>recorded, to review: {count}</source>
        <translation>ghi nhận, cần xem lại: {count}</translation>
    </message>
    <message>
        <source>refused: {count}</source>
        <translation>bị từ chối: {count}</translation>
    </message>
    <message>
        <source>Audit trail intact: {rows} rows, the hash chain matches.</source>
        <translation>Nhật ký nguyên vẹn: {rows} dòng, chuỗi băm khớp.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Backed up to {path} (its integrity checked)</source>
        <translation>Đã sao lưu vào {path} (đã kiểm tra toàn vẹn)</translation>
    </message>
    <message>
        <source>Restored from {path} (the data before it kept at {kept})</source>
        <translation>Đã khôi phục từ {path} (dữ liệu trước đó giữ tại {kept})</translation>
    </message>
    <message>
        <source>Sync with the provincial server (counter-app sync) before receiving new dossiers.</source>
        <translation>Cần đồng bộ với máy chủ tỉnh (counter-app sync) trước khi tiếp nhận hồ sơ mới.</translation>
    </message>
    <message>
        <source>{lines} lines, {refused} refused</source>
        <translation>{lines} dòng, {refused} bị từ chối</translation>
    </message>
    <message>
        <source>closed {at}</source>
        <translation>đóng {at}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>No batch yet.</source>
        <translation>Chưa có lô nào.</translation>
    </message>
    <message>
        <source>{item}  batch {batch}  {at}</source>
        <translation>{item}  lô {batch}  {at}</translation>
    </message>
    <message>
        <source>No postal package is waiting to be received.</source>
        <translation>Không có bưu gửi nào chờ tiếp nhận.</translation>
    </message>
    <message>
        <source>Batch {number} closed: {count} dossiers recorded.</source>
        <translation>Đã đóng lô {number}: ghi nhận {count} hồ sơ.</translation>
    </message>
    <message>
        <source>Not handed over: {reason}</source>
        <translation>Không bàn giao: {reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>LỖI</translation>
    </message>
    <message>
        <source>Demo data removed; the next start sets the desk up. ({path})</source>
        <translation>Đã xoá dữ liệu thử; lần mở sau sẽ thiết lập quầy. ({path})</translation>
    </message>
    <message>
        <source>{dossiers} demo dossiers made, with the accounts {users} (password: {password})</source>
        <translation>Đã tạo {dossiers} hồ sơ mẫu và các tài khoản {users} (mật khẩu: {password})</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The desk number must be from 1 to {most}.</source>
        <translation>Số hiệu quầy phải từ 1 đến {most}.</translation>
    </message>
    <message>
        <source>The block of numbers of each desk must be from 1 to 9999.</source>
        <translation>Khối số của mỗi quầy phải từ 1 đến 9999.</translation>
    </message>
    <message>
        <source>Desk {desk} falls outside 0001–9999 with blocks of {block} numbers; make the unit&apos;s block smaller.</source>
        <translation>Quầy số {desk} nằm ngoài dải 0001–9999 với khối {block} số; hãy giảm khối số của đơn vị.</translation>
    </message>
    <message>
        <source>The desk is not configured yet: run &quot;counter-app init --unit-code … --unit-name … --desk N&quot;.</source>
        <translation>Quầy chưa được cấu hình: chạy &quot;counter-app init --unit-code … --unit-name … --desk N&quot;.</translation>
    </message>
    <message>
        <source>This desk holds {count} real dossiers: demo data goes on a new desk only (another data folder), never beside real ones.</source>
        <translation>Quầy này đang có {count} hồ sơ thật: dữ liệu thử chỉ tạo trên một quầy mới (thư mục dữ liệu khác), không bao giờ để lẫn với hồ sơ thật.</translation>
    </message>
    <message>
        <source>This desk holds real data, not demo data: it is not removed (only a demo desk&apos;s data is).</source>
        <translation>Quầy này đang giữ dữ liệu thật, không phải dữ liệu thử: dữ liệu không bị xoá (chỉ xoá được dữ liệu của quầy dùng thử).</translation>
    </message>
    <message>
        <source>The unit code must not be empty or contain spaces.</source>
        <translation>Mã đơn vị không được để trống hay chứa khoảng trắng.</translation>
    </message>
    <message>
        <source>The unit&apos;s name is missing.</source>
        <translation>Chưa nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>The tracking address must contain {{code}} (where the dossier code goes).</source>
        <translation>Địa chỉ tra cứu phải chứa {{code}} (chỗ đặt mã hồ sơ).</translation>
    </message>
    <message>
        <source>The screen locks after 1 to 240 minutes without use.</source>
        <translation>Thời gian khóa màn hình khi không dùng phải từ 1 đến 240 phút.</translation>
    </message>
    <message>
        <source>The number of wrong passwords before an account is locked must be from 1 to 100.</source>
        <translation>Số lần nhập sai mật khẩu trước khi khóa tài khoản phải từ 1 đến 100.</translation>
    </message>
    <message>
        <source>An account stays locked for 1 to 1440 minutes.</source>
        <translation>Thời gian khóa tài khoản phải từ 1 đến 1440 phút.</translation>
    </message>
    <message>
        <source>There is no paper setting {key}.</source>
        <translation>Không có thiết lập giấy tờ {key}.</translation>
    </message>
    <message>
        <source>A header line, a name or a symbol is longer than 200 characters.</source>
        <translation>Dòng tiêu đề, tên hay ký hiệu dài quá 200 ký tự.</translation>
    </message>
    <message>
        <source>A header line is longer than 200 characters.</source>
        <translation>Dòng tiêu đề dài quá 200 ký tự.</translation>
    </message>
    <message>
        <source>An enrolment code of the old form (10 characters) can no longer be used since the provincial server was upgraded: ask the province for a new code (28 characters, 7 groups of 4).</source>
        <translation>Mã đăng ký theo mẫu cũ (10 ký tự) không còn dùng được từ khi máy chủ tỉnh được nâng cấp: xin tỉnh cấp mã mới (28 ký tự, 7 nhóm 4 ký tự).</translation>
    </message>
    <message>
        <source>The enrolment code has characters that codes do not use: {characters}.</source>
        <translation>Mã đăng ký có ký tự không dùng trong mã: {characters}.</translation>
    </message>
    <message>
        <source>An enrolment code has {length} characters (7 groups of 4); {typed} were typed.</source>
        <translation>Mã đăng ký phải có {length} ký tự (7 nhóm 4 ký tự); đã nhập {typed}.</translation>
    </message>
    <message>
        <source>The enrolment code is mistyped somewhere: check each group again.</source>
        <translation>Mã đăng ký gõ sai ở một ký tự nào đó: kiểm tra lại từng nhóm.</translation>
    </message>
    <message>
        <source>The look-up address in the QR code is longer than {most} characters.</source>
        <translation>Địa chỉ tra cứu trên mã QR dài quá {most} ký tự.</translation>
    </message>
    <message>
        <source>The look-up address in the QR code must be a web address starting with https://.</source>
        <translation>Địa chỉ tra cứu trên mã QR phải là một địa chỉ web bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>The look-up address in the QR code may hold only {{code}} and {{check}} in curly brackets.</source>
        <translation>Địa chỉ tra cứu trên mã QR chỉ được chứa {{code}} và {{check}} trong dấu ngoặc nhọn.</translation>
    </message>
    <message>
        <source>The look-up address in the QR code must not contain spaces.</source>
        <translation>Địa chỉ tra cứu trên mã QR không được chứa khoảng trắng.</translation>
    </message>
    <message>
        <source>Type the address of the province&apos;s server, as the province wrote it (https://…).</source>
        <translation>Nhập địa chỉ máy chủ của tỉnh, đúng như tỉnh ghi (https://…).</translation>
    </message>
    <message>
        <source>No provincial server answers at {url}. Check the address the province gave and this computer&apos;s network, then press OK again.</source>
        <translation>Không có máy chủ tỉnh nào trả lời ở địa chỉ {url}. Kiểm tra lại địa chỉ tỉnh đã cấp và mạng của máy này, rồi nhấn Đồng ý lần nữa.</translation>
    </message>
    <message>
        <source>The desk is enrolled with the province but has not yet received what the province has for it (accounts, catalog, fee tables): {reason} Press OK to try again; the code is not needed again.</source>
        <translation>Quầy đã đăng ký với tỉnh nhưng chưa nhận được dữ liệu tỉnh cấp cho quầy (tài khoản, danh mục thủ tục, biểu phí): {reason} Nhấn Đồng ý để thử lại; không cần nhập lại mã.</translation>
    </message>
    <message>
        <source>The security (TLS) certificate of the server at {url} could not be verified: this may not be the province&apos;s server. Check the address; if the province uses certificates of its own, choose the root certificate (CA) file it gave, then press OK again.</source>
        <translation>Chứng chỉ bảo mật (TLS) của máy chủ ở địa chỉ {url} không được xác minh: có thể đây không phải máy chủ của tỉnh. Kiểm tra lại địa chỉ; nếu tỉnh dùng chứng chỉ riêng, chọn tệp chứng chỉ gốc (CA) tỉnh đã cấp, rồi nhấn Đồng ý lần nữa.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The provincial server&apos;s address {url} must start with https:// (an encrypted connection, with a verified certificate).</source>
        <translation>Địa chỉ máy chủ tỉnh {url} phải bắt đầu bằng https:// (kết nối mã hóa, chứng chỉ được xác minh).</translation>
    </message>
    <message>
        <source>The root certificate (CA) file {path} cannot be read or holds no PEM certificate ({reason}).</source>
        <translation>Tệp chứng chỉ gốc (CA) {path} không đọc được hoặc không chứa chứng chỉ PEM nào ({reason}).</translation>
    </message>
    <message>
        <source>The enrolment code is for desk {desk} of unit {unit}, but this computer is desk {own_desk} of {own_unit}.</source>
        <translation>Mã đăng ký dành cho quầy {desk} của đơn vị {unit}, nhưng máy này là quầy {own_desk} của {own_unit}.</translation>
    </message>
    <message>
        <source>The desk is not enrolled with the provincial server: counter-app enrol --server URL --code CODE.</source>
        <translation>Quầy chưa đăng ký với máy chủ tỉnh: counter-app enrol --server URL --code MÃ.</translation>
    </message>
    <message>
        <source>The desk&apos;s access token is not in the keyring: enrol the desk again.</source>
        <translation>Không tìm thấy mã truy cập của quầy trong kho khóa bí mật: đăng ký lại quầy.</translation>
    </message>
    <message>
        <source>The province&apos;s root certificate (CA) file {path} is not found: copy it back, or give a new one (counter-app sync --ca-bundle FILE).</source>
        <translation>Không tìm thấy tệp chứng chỉ gốc (CA) của tỉnh {path}: chép lại tệp đó hoặc khai báo tệp mới (counter-app sync --ca-bundle TỆP).</translation>
    </message>
    <message>
        <source>This computer has no keyring of its operating system to keep the desk&apos;s access token. Install or unlock the keyring, then enrol again. ({reason})</source>
        <translation>Máy này chưa có kho khóa bí mật của hệ điều hành (keyring) để cất mã truy cập của quầy. Cài đặt hoặc mở khóa kho khóa rồi đăng ký lại. ({reason})</translation>
    </message>
    <message>
        <source>The desk&apos;s access token cannot be read from the keyring ({reason}).</source>
        <translation>Không đọc được mã truy cập của quầy từ kho khóa bí mật ({reason}).</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the provincial server broke off. The dossiers are kept on this computer and will be sent again later.</source>
        <translation>Kết nối bảo mật (TLS) với máy chủ tỉnh bị ngắt giữa chừng. Hồ sơ vẫn được lưu trên máy và sẽ gửi lại sau.</translation>
    </message>
    <message>
        <source>The security (TLS) certificate of the provincial server could not be verified: this may not be the province&apos;s server. Nothing was sent. Check the server&apos;s address; if the province uses its own certificates, give the province&apos;s root certificate (CA) file: counter-app sync --ca-bundle FILE.</source>
        <translation>Chứng chỉ bảo mật (TLS) của máy chủ tỉnh không được xác minh: đây có thể không phải máy chủ của tỉnh. Không gửi dữ liệu nào. Kiểm tra địa chỉ máy chủ; nếu tỉnh dùng chứng chỉ riêng, khai báo tệp chứng chỉ gốc (CA) của tỉnh: counter-app sync --ca-bundle TỆP.</translation>
    </message>
    <message>
        <source>The provincial server cannot be reached ({error}). The dossiers are kept on this computer and will be sent when the network is back.</source>
        <translation>Không kết nối được máy chủ tỉnh ({error}). Hồ sơ vẫn được lưu trên máy và sẽ gửi khi có mạng.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not the sync protocol (the network may be blocking it, for example with a Wi-Fi sign-in page). Will try again later.</source>
        <translation>Máy chủ trả lời không đúng giao thức (mạng có thể đang chặn, ví dụ trang đăng nhập wifi). Sẽ thử lại sau.</translation>
    </message>
    <message>
        <source>The provincial server or the network in between reported an error (HTTP {status}). The dossiers are kept on this computer and will be sent again later.</source>
        <translation>Máy chủ tỉnh hoặc mạng trung gian báo lỗi (HTTP {status}). Hồ sơ vẫn được lưu trên máy và sẽ gửi lại sau.</translation>
    </message>
    <message>
        <source>The provincial server or the network in between reported an error (HTTP {status}). The dossiers are kept on this computer.</source>
        <translation>Máy chủ tỉnh hoặc mạng trung gian báo lỗi (HTTP {status}). Hồ sơ vẫn được lưu trên máy.</translation>
    </message>
    <message>
        <source>The provincial server answered: {message}</source>
        <translation>{message}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes off the provincial server&apos;s: set it right before printing appointment slips.</source>
        <translation>Đồng hồ máy lệch {minutes} phút so với máy chủ tỉnh: chỉnh lại giờ máy trước khi in giấy hẹn.</translation>
    </message>
    <message>
        <source>The provincial server found the desk&apos;s log tampered with from row {row}: the supervisor has been told.</source>
        <translation>Máy chủ tỉnh thấy nhật ký của quầy bị can thiệp từ dòng {row}: đã báo lãnh đạo.</translation>
    </message>
    <message>
        <source>The moment {what} ({year}) is outside {low}–{high}.</source>
        <translation>Thời điểm {what} ({year}) nằm ngoài khoảng {low}–{high}.</translation>
    </message>
    <message>
        <source>of reception</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <source>of the appointment</source>
        <translation>hẹn trả</translation>
    </message>
    <message>
        <source>of the event</source>
        <translation>của sự kiện</translation>
    </message>
    <message>
        <source>The dossier code {code} is not in the form desks issue.</source>
        <translation>Mã hồ sơ {code} không đúng dạng mã quầy cấp.</translation>
    </message>
    <message>
        <source>The unit code {code} from the province is not valid.</source>
        <translation>Mã đơn vị {code} từ tỉnh không hợp lệ.</translation>
    </message>
    <message>
        <source>The event kind {kind} from the province is not valid.</source>
        <translation>Loại sự kiện {kind} từ tỉnh không hợp lệ.</translation>
    </message>
    <message>
        <source>The rating in the data from the province is not valid.</source>
        <translation>Mức đánh giá trong dữ liệu từ tỉnh không hợp lệ.</translation>
    </message>
    <message>
        <source>the list of papers is missing</source>
        <translation>thiếu danh sách giấy tờ</translation>
    </message>
    <message>
        <source>The supplement request from the province cannot be read: {reason}.</source>
        <translation>Yêu cầu bổ sung từ tỉnh không đọc được: {reason}.</translation>
    </message>
    <message>
        <source>The reception details of dossier {code} are missing from the data from the province.</source>
        <translation>Thiếu thông tin tiếp nhận của hồ sơ {code} trong dữ liệu từ tỉnh.</translation>
    </message>
    <message>
        <source>The dossier code {code} from the province is already the code of another dossier on this desk.</source>
        <translation>Mã hồ sơ {code} từ tỉnh đã là mã của một hồ sơ khác trên quầy.</translation>
    </message>
    <message>
        <source>The desk has no procedure catalog for dossier {code} yet.</source>
        <translation>Quầy chưa có danh mục thủ tục nào cho hồ sơ {code}.</translation>
    </message>
    <message>
        <source>Dossier {code} from the province has no owner&apos;s name.</source>
        <translation>Hồ sơ {code} từ tỉnh không có tên chủ hồ sơ.</translation>
    </message>
    <message>
        <source>Unit {code} from the province has no name.</source>
        <translation>Đơn vị {code} từ tỉnh không có tên.</translation>
    </message>
    <message>
        <source>In the order the province recorded them, the dossier moved from &quot;{before}&quot; to &quot;{after}&quot;.</source>
        <translation>Theo thứ tự ghi nhận ở tỉnh, hồ sơ chuyển từ &quot;{before}&quot; sang &quot;{after}&quot;.</translation>
    </message>
    <message>
        <source>The provincial server could not take the desk&apos;s action number {seq} ({reason}); it will be sent again.</source>
        <translation>Máy chủ tỉnh không nhận được thao tác số {seq} của quầy ({reason}); sẽ thử lại sau.</translation>
    </message>
    <message>
        <source>The provincial server sent a change of kind “{kind}” that this version of Counter cannot read yet: update Counter.</source>
        <translation>Máy chủ tỉnh gửi loại thay đổi “{kind}” mà phiên bản Counter này chưa đọc được: cần cập nhật Counter.</translation>
    </message>
    <message>
        <source>Row {row} of the log could not be sent to the province: {message}</source>
        <translation>Dòng {row} của nhật ký không gửi được lên tỉnh: {message}</translation>
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
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} không phải số nguyên</translation>
    </message>
    <message>
        <source>{number} is outside {low}–{high}</source>
        <translation>{number} nằm ngoài khoảng {low}–{high}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a string of characters</source>
        <translation>&quot;{key}&quot; phải là một chuỗi ký tự</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list</source>
        <translation>&quot;{key}&quot; phải là một danh sách</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>&quot;{key}&quot; phải là true hoặc false</translation>
    </message>
    <message>
        <source>{what} must be a JSON object</source>
        <translation>{what} phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>không phải một đối tượng JSON</translation>
    </message>
    <message>
        <source>the number {number} is too large</source>
        <translation>số {number} quá lớn</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <translation>{name} không phải một số JSON</translation>
    </message>
    <message>
        <source>The date {value} is not valid (dd/mm/yyyy).</source>
        <translation>Ngày {value} không hợp lệ (dd/mm/yyyy).</translation>
    </message>
</context>
</TS>
