<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CliCommand</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần có giá trị.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Không có tùy chọn %1.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: sotay06-cli [--db FILE] [--lang vi|en] COMMAND …</source>
        <translation>Cách dùng: sotay06-cli [--db TỆP] [--lang vi|en] LỆNH …</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Không có lệnh “%1”.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Tệp %1 đã có; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot create the ward file %1: %2</source>
        <translation>Không tạo được tệp dữ liệu phường %1: %2</translation>
    </message>
    <message>
        <source>The ward file %1 does not exist.</source>
        <translation>Không có tệp dữ liệu phường %1.</translation>
    </message>
    <message>
        <source>Cannot open the ward file %1: %2</source>
        <translation>Không mở được tệp dữ liệu phường %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Sổ tay 06 ward file (%2).</source>
        <translation>%1 không phải tệp dữ liệu phường của Sổ tay 06 (%2).</translation>
    </message>
    <message>
        <source>This ward file was made by a newer version of Sổ tay 06 (file version %1, this program knows up to %2). Install the newer version to open it.</source>
        <translation>Tệp dữ liệu này do phiên bản Sổ tay 06 mới hơn tạo ra (phiên bản tệp %1, chương trình này chỉ đọc được đến %2). Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <source>This ward file must be upgraded before it can be opened read-only; open it once for writing.</source>
        <translation>Tệp dữ liệu này cần được nâng cấp trước khi mở ở chế độ chỉ đọc; hãy mở một lần ở chế độ ghi.</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>the ID number must have exactly 12 digits (it has %1 characters)</source>
        <translation>số định danh phải có đúng 12 chữ số (đang có %1 ký tự)</translation>
    </message>
    <message>
        <source>the ID number starts with %1, which is not a province code</source>
        <translation>số định danh bắt đầu bằng %1, không phải mã tỉnh</translation>
    </message>
    <message>
        <source>the 4th digit of the ID number (%1) must be 0–5 (century and gender)</source>
        <translation>chữ số thứ 4 của số định danh (%1) phải từ 0 đến 5 (thế kỷ và giới tính)</translation>
    </message>
    <message>
        <source>the 4th digit of the ID number (%1) does not fit the birth year %2</source>
        <translation>chữ số thứ 4 của số định danh (%1) không khớp với năm sinh %2</translation>
    </message>
    <message>
        <source>digits 5–6 of the ID number (%1) do not match the birth year %2</source>
        <translation>chữ số thứ 5–6 của số định danh (%1) không khớp với năm sinh %2</translation>
    </message>
    <message>
        <source>the 4th digit of the ID number (%1) says %2, but the gender given is %3</source>
        <translation>chữ số thứ 4 của số định danh (%1) cho biết giới tính %2, nhưng giới tính ghi là %3</translation>
    </message>
    <message>
        <source>female</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>male</source>
        <translation>nam</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>init needs --ward NAME.</source>
        <translation>Lệnh init cần --ward TÊN.</translation>
    </message>
    <message>
        <source>Created the ward file %1 for %2.</source>
        <translation>Đã tạo tệp dữ liệu %1 cho %2.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot upgrade the ward file to version %1: %2</source>
        <translation>Không nâng cấp được tệp dữ liệu lên phiên bản %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>“%1” is not a phone number: use digits only, e.g. 0912345678</source>
        <translation>“%1” không phải số điện thoại: chỉ ghi chữ số, ví dụ 0912345678</translation>
    </message>
    <message>
        <source>“%1” is not a Vietnamese phone number: a mobile has 10 digits starting with 03, 05, 07, 08 or 09; a landline has 11 digits starting with 02</source>
        <translation>“%1” không phải số điện thoại Việt Nam: số di động có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09; số cố định có 11 chữ số, bắt đầu bằng 02</translation>
    </message>
</context>
<context>
    <name>ResidentStore</name>
    <message>
        <source>The residential group has no name.</source>
        <translation>Tổ dân phố chưa có tên.</translation>
    </message>
    <message>
        <source>The residential group needs a name.</source>
        <translation>Cần ghi tên tổ dân phố.</translation>
    </message>
    <message>
        <source>Cannot rename the group to “%1”: %2</source>
        <translation>Không đổi được tên tổ thành “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The ward file is busy or read-only: %1</source>
        <translation>Tệp dữ liệu phường đang bận hoặc chỉ đọc: %1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Chưa mở giao dịch nào.</translation>
    </message>
    <message>
        <source>Cannot save to the ward file: %1</source>
        <translation>Không ghi được vào tệp dữ liệu phường: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã thu nhận</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Đã kích hoạt</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Đã chết</translation>
    </message>
    <message>
        <source>Long absent</source>
        <translation>Vắng mặt dài ngày</translation>
    </message>
    <message>
        <source>Serving a sentence</source>
        <translation>Đang chấp hành án</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Đi nước ngoài</translation>
    </message>
    <message>
        <source>In military service</source>
        <translation>Đi nghĩa vụ quân sự</translation>
    </message>
    <message>
        <source>Not actually living here</source>
        <translation>Không thực tế cư trú</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tạm trú</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Thường trú</translation>
    </message>
    <message>
        <source>No ID card</source>
        <translation>Chưa có căn cước</translation>
    </message>
    <message>
        <source>ID card applied for</source>
        <translation>Đã làm thủ tục cấp căn cước</translation>
    </message>
    <message>
        <source>ID card issued</source>
        <translation>Đã có căn cước</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Điện thoại thông minh</translation>
    </message>
    <message>
        <source>Computer only</source>
        <translation>Chỉ có máy tính</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Ward police</source>
        <translation>Công an phường</translation>
    </message>
    <message>
        <source>Youth union</source>
        <translation>Đoàn thanh niên</translation>
    </message>
    <message>
        <source>Women's union</source>
        <translation>Hội Phụ nữ</translation>
    </message>
    <message>
        <source>Militia</source>
        <translation>Dân quân</translation>
    </message>
    <message>
        <source>Civil defence</source>
        <translation>Bảo vệ dân phố</translation>
    </message>
    <message>
        <source>Community digital team</source>
        <translation>Tổ công nghệ số cộng đồng</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Vắng nhà</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>No smartphone</source>
        <translation>Không có điện thoại thông minh</translation>
    </message>
    <message>
        <source>Needs level 2 at the police</source>
        <translation>Cần làm mức 2 tại công an</translation>
    </message>
    <message>
        <source>Needs an ID card first</source>
        <translation>Cần làm căn cước trước</translation>
    </message>
    <message>
        <source>Come back on…</source>
        <translation>Hẹn quay lại…</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Activate the approved account</source>
        <translation>Kích hoạt tài khoản đã duyệt</translation>
    </message>
    <message>
        <source>Apply for level 2 at the police</source>
        <translation>Đăng ký mức 2 tại công an</translation>
    </message>
    <message>
        <source>Install VNeID and register</source>
        <translation>Cài VNeID và đăng ký</translation>
    </message>
    <message>
        <source>Get an ID card first</source>
        <translation>Làm căn cước trước</translation>
    </message>
</context>
<context>
    <name>WardStore</name>
    <message>
        <source>The ward file has no ward yet.</source>
        <translation>Tệp dữ liệu chưa có thông tin phường.</translation>
    </message>
    <message>
        <source>The ward needs a name.</source>
        <translation>Cần ghi tên phường/xã.</translation>
    </message>
</context>
<context>
    <name>WeeklyFigures</name>
    <message>
        <source>A weekly report is dated a Thursday; %1 is not. The nearest Thursdays are %2 and %3.</source>
        <translation>Báo cáo tuần phải ghi ngày thứ Năm; ngày %1 không phải thứ Năm. Các ngày thứ Năm gần nhất là %2 và %3.</translation>
    </message>
</context>
<context>
    <name>sotay::MainWindow</name>
    <message>
        <source>Residential group</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Nhân khẩu</translation>
    </message>
    <message>
        <source>Eligible (14+)</source>
        <translation>Thuộc diện (từ 14 tuổi)</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Đã kích hoạt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New ward…</source>
        <translation>Tạo phường &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Cannot open the ward</source>
        <translation>Không mở được dữ liệu phường</translation>
    </message>
    <message>
        <source>New ward</source>
        <translation>Phường mới</translation>
    </message>
    <message>
        <source>Name of the ward (e.g. Phường Phước Tiến):</source>
        <translation>Tên phường/xã (ví dụ Phường Phước Tiến):</translation>
    </message>
    <message>
        <source>Save the new ward as</source>
        <translation>Lưu dữ liệu phường mới thành</translation>
    </message>
    <message>
        <source>Ward files (*.sotay06)</source>
        <translation>Tệp dữ liệu phường (*.sotay06)</translation>
    </message>
    <message>
        <source>Cannot create the ward</source>
        <translation>Không tạo được dữ liệu phường</translation>
    </message>
    <message>
        <source>Open a ward</source>
        <translation>Mở dữ liệu phường</translation>
    </message>
    <message>
        <source>Ward files (*.sotay06);;All files (*)</source>
        <translation>Tệp dữ liệu phường (*.sotay06);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>No ward open: File → New ward… or Open…</source>
        <translation>Chưa mở phường nào: Tệp → Tạo phường mới… hoặc Mở…</translation>
    </message>
</context>
</TS>
