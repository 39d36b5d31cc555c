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
    <name>CsvEncoding</name>
    <message>
        <source>Open it in Excel or LibreOffice and save it again as “CSV UTF-8 (Comma delimited)” (LibreOffice: Text CSV, character set Unicode (UTF-8)).</source>
        <translation>Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng “CSV UTF-8 (Comma delimited)” (LibreOffice: Văn bản CSV, bộ ký tự Unicode (UTF-8)).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp rỗng, không có dữ liệu.</translation>
    </message>
    <message>
        <source>This is an Excel workbook (.xlsx), not a CSV file. %1</source>
        <translation>Đây là sổ tính Excel (.xlsx), không phải tệp CSV. %1</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not a CSV file. %1</source>
        <translation>Đây là sổ tính Excel cũ (.xls), không phải tệp CSV. %1</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file. %1</source>
        <translation>Tệp không phải tệp văn bản (CSV). %1</translation>
    </message>
    <message>
        <source>The file is written in the TCVN3 (ABC, .VnTime) font encoding, which would import as garbled text. Convert it to Unicode first (e.g. with Unikey's converter, TCVN3 → Unicode), then %1</source>
        <translation>Tệp được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime); nếu nhập sẽ bị lỗi phông chữ. Hãy chuyển sang Unicode trước (ví dụ dùng công cụ chuyển mã của Unikey, TCVN3 → Unicode), sau đó %1</translation>
    </message>
    <message>
        <source>The file is written in the VNI font encoding, which would import as garbled text. Convert it to Unicode first (e.g. with Unikey's converter, VNI Windows → Unicode), then %1</source>
        <translation>Tệp được gõ bằng bảng mã VNI; nếu nhập sẽ bị lỗi phông chữ. Hãy chuyển sang Unicode trước (ví dụ dùng công cụ chuyển mã của Unikey, VNI Windows → Unicode), sau đó %1</translation>
    </message>
</context>
<context>
    <name>CsvHeader</name>
    <message>
        <source>The column “%1” appears twice; the second one (column %2) is ignored.</source>
        <translation>Cột “%1” xuất hiện hai lần; cột thứ hai (cột %2) được bỏ qua.</translation>
    </message>
    <message>
        <source>Unknown column “%1” is ignored.</source>
        <translation>Cột “%1” không thuộc mẫu, được bỏ qua.</translation>
    </message>
    <message>
        <source>The file lacks the required column(s) %1. The header row (line 1) must name them.</source>
        <translation>Tệp thiếu cột bắt buộc %1. Dòng tiêu đề (dòng 1) phải có tên các cột này.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The as-of day %1 is after today.</source>
        <translation>Ngày tính dữ liệu %1 sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2 columns; check for a separator inside a value that is not in quotes</source>
        <translation>dòng có %1 ô nhưng tiêu đề chỉ có %2 cột; hãy kiểm tra dấu phân cách nằm trong giá trị mà không được đặt trong dấu ngoặc kép</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>semicolon (;)</source>
        <translation>dấu chấm phẩy (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>dấu phẩy (,)</translation>
    </message>
    <message>
        <source>Cannot open the file %1: %2</source>
        <translation>Không mở được tệp %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Tệp rỗng: không có dòng tiêu đề.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text after line %2. Save it again as “CSV UTF-8”.</source>
        <translation>Tệp không còn là văn bản %1 hợp lệ sau dòng %2. Hãy lưu lại dưới dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>Line %1: a quote (") opened here is never closed.</source>
        <translation>Dòng %1: dấu ngoặc kép (") mở ở đây không được đóng lại.</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Cannot compute the dashboard: %1</source>
        <translation>Không tính được số liệu bảng theo dõi: %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Chưa phân công</translation>
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
    <name>PagedDocument</name>
    <message>
        <source>Cannot start the document.</source>
        <translation>Không tạo được tài liệu.</translation>
    </message>
    <message>
        <source>Cannot add a page to the document.</source>
        <translation>Không thêm được trang vào tài liệu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
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
    <name>ReportCommand</name>
    <message>
        <source>Only the weekly report exists: report weekly …</source>
        <translation>Chỉ có báo cáo tuần: report weekly …</translation>
    </message>
    <message>
        <source>Give exactly one of --csv OUT.csv and --pdf OUT.pdf.</source>
        <translation>Cần chọn đúng một trong hai: --csv OUT.csv hoặc --pdf OUT.pdf.</translation>
    </message>
    <message>
        <source>report weekly needs --date YYYY-MM-DD (a Thursday).</source>
        <translation>report weekly cần --date YYYY-MM-DD (một ngày thứ Năm).</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>“%1” không phải là ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Wrote the weekly report of %1 to %2.</source>
        <translation>Đã ghi báo cáo tuần ngày %1 vào %2.</translation>
    </message>
</context>
<context>
    <name>ResidentImporter</name>
    <message>
        <source>level 1</source>
        <translation>mức 1</translation>
    </message>
    <message>
        <source>level 2</source>
        <translation>mức 2</translation>
    </message>
    <message>
        <source>%1: the file says “%2” but the ward already has “%3”; the stored status stays</source>
        <translation>%1: tệp ghi “%2” nhưng phường đã có “%3”; giữ nguyên trạng thái đã lưu</translation>
    </message>
    <message>
        <source>%1: the file gives the activation date %2 but the ward has %3; the stored date stays</source>
        <translation>%1: tệp ghi ngày kích hoạt %2 nhưng phường đã lưu ngày %3; giữ nguyên ngày đã lưu</translation>
    </message>
    <message>
        <source>the same ID number is already on line %1</source>
        <translation>số định danh này đã có ở dòng %1</translation>
    </message>
    <message>
        <source>The resident %1 vanished during the import.</source>
        <translation>Nhân khẩu %1 bị mất trong khi nhập.</translation>
    </message>
</context>
<context>
    <name>ResidentRow</name>
    <message>
        <source>the value is missing; this column is required</source>
        <translation>thiếu giá trị; cột này bắt buộc</translation>
    </message>
    <message>
        <source>“%1” is not a date; write dd/mm/yyyy, or the year yyyy</source>
        <translation>“%1” không phải ngày; hãy ghi dd/mm/yyyy, hoặc chỉ năm yyyy</translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation>ngày sinh %1 ở tương lai</translation>
    </message>
    <message>
        <source>“%1” is not a gender; write Nam or Nữ</source>
        <translation>“%1” không phải giới tính; hãy ghi Nam hoặc Nữ</translation>
    </message>
    <message>
        <source>“%1” is not a residence status; write Thường trú or Tạm trú</source>
        <translation>“%1” không phải tình trạng cư trú; hãy ghi Thường trú hoặc Tạm trú</translation>
    </message>
    <message>
        <source>“%1” is not a status; write Chưa đăng ký, Đã thu nhận, Đã phê duyệt or Đã kích hoạt</source>
        <translation>“%1” không phải trạng thái; hãy ghi Chưa đăng ký, Đã thu nhận, Đã phê duyệt hoặc Đã kích hoạt</translation>
    </message>
    <message>
        <source>“%1” is not a date; write dd/mm/yyyy</source>
        <translation>“%1” không phải ngày; hãy ghi dd/mm/yyyy</translation>
    </message>
    <message>
        <source>the activation date %1 is after today</source>
        <translation>ngày kích hoạt %1 sau ngày hôm nay</translation>
    </message>
    <message>
        <source>an activation date needs the status “Đã kích hoạt” in the column “%1”</source>
        <translation>có ngày kích hoạt thì cột “%1” phải là “Đã kích hoạt”</translation>
    </message>
    <message>
        <source>“%1” is not an exclusion reason; write Đã chết, Vắng mặt dài ngày, Đang chấp hành án, Đi nước ngoài, Đi nghĩa vụ quân sự or Không thực tế cư trú, or leave it empty</source>
        <translation>“%1” không phải lý do loại trừ; hãy ghi Đã chết, Vắng mặt dài ngày, Đang chấp hành án, Đi nước ngoài, Đi nghĩa vụ quân sự hoặc Không thực tế cư trú, hoặc để trống</translation>
    </message>
    <message>
        <source>“%1” is not an answer; write Có or Không, or leave it empty</source>
        <translation>“%1” không hợp lệ; hãy ghi Có hoặc Không, hoặc để trống</translation>
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
    <name>SampleCommand</name>
    <message>
        <source>sample needs --residents N (1 to 2,000,000) and an optional numeric --seed.</source>
        <translation>Lệnh sample cần --residents N (từ 1 đến 2.000.000) và có thể thêm --seed là một số.</translation>
    </message>
    <message>
        <source>The ward file is open read-only; nothing was written.</source>
        <translation>Tệp dữ liệu phường đang mở ở chế độ chỉ đọc; chưa ghi gì.</translation>
    </message>
    <message>
        <source>Sample ward made in %1 s: %2 residents in %3 households, %4 groups, %5 teams, %6 visits.</source>
        <translation>Đã tạo phường mẫu trong %1 giây: %2 nhân khẩu, %3 hộ, %4 tổ dân phố, %5 tổ công tác, %6 lượt đến hộ.</translation>
    </message>
</context>
<context>
    <name>SampleWard</name>
    <message>
        <source>The sample ward needs at least one resident.</source>
        <translation>Phường mẫu cần ít nhất một nhân khẩu.</translation>
    </message>
    <message>
        <source>This ward already has residents; a sample ward can only fill an empty one.</source>
        <translation>Phường này đã có nhân khẩu; chỉ có thể tạo dữ liệu mẫu cho một phường chưa có dữ liệu.</translation>
    </message>
</context>
<context>
    <name>StatusImporter</name>
    <message>
        <source>the value is missing; this column is required</source>
        <translation>thiếu giá trị; cột này bắt buộc</translation>
    </message>
    <message>
        <source>no resident of the ward has this ID number; import the residents list first</source>
        <translation>không có nhân khẩu nào của phường mang số định danh này; hãy nhập danh sách nhân khẩu trước</translation>
    </message>
    <message>
        <source>the name does not match the resident with this ID number (the ward has “%1”)</source>
        <translation>họ tên không khớp với nhân khẩu có số định danh này (phường đang lưu “%1”)</translation>
    </message>
    <message>
        <source>“%1” is not a level; write 1 or 2</source>
        <translation>“%1” không phải mức; hãy ghi 1 hoặc 2</translation>
    </message>
    <message>
        <source>“%1” is not a status; write Chưa đăng ký, Đã thu nhận, Đã phê duyệt or Đã kích hoạt</source>
        <translation>“%1” không phải trạng thái; hãy ghi Chưa đăng ký, Đã thu nhận, Đã phê duyệt hoặc Đã kích hoạt</translation>
    </message>
    <message>
        <source>“%1” is not a date; write dd/mm/yyyy</source>
        <translation>“%1” không phải ngày; hãy ghi dd/mm/yyyy</translation>
    </message>
    <message>
        <source>the date %1 is after today</source>
        <translation>ngày %1 sau ngày hôm nay</translation>
    </message>
    <message>
        <source>level 1</source>
        <translation>mức 1</translation>
    </message>
    <message>
        <source>level 2</source>
        <translation>mức 2</translation>
    </message>
    <message>
        <source>%1: the file says “%2” but the ward already has “%3”; the stored status stays</source>
        <translation>%1: tệp ghi “%2” nhưng phường đã có “%3”; giữ nguyên trạng thái đã lưu</translation>
    </message>
    <message>
        <source>%1: the file gives the activation date %2 but the ward has %3; the stored date stays</source>
        <translation>%1: tệp ghi ngày kích hoạt %2 nhưng phường đã lưu ngày %3; giữ nguyên ngày đã lưu</translation>
    </message>
</context>
<context>
    <name>TargetImporter</name>
    <message>
        <source>the value is missing; this column is required</source>
        <translation>thiếu giá trị; cột này bắt buộc</translation>
    </message>
    <message>
        <source>the ward has no residential group “%1”; check the spelling or import the residents list first</source>
        <translation>phường không có tổ dân phố “%1”; hãy kiểm tra chính tả hoặc nhập danh sách nhân khẩu trước</translation>
    </message>
    <message>
        <source>this group already has a target on line %1</source>
        <translation>tổ này đã có chỉ tiêu ở dòng %1</translation>
    </message>
    <message>
        <source>“%1” is not a number of accounts; write a whole number such as 250</source>
        <translation>“%1” không phải số tài khoản; hãy ghi một số nguyên, ví dụ 250</translation>
    </message>
    <message>
        <source>“%1” is not a date; write dd/mm/yyyy</source>
        <translation>“%1” không phải ngày; hãy ghi dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>TargetStore</name>
    <message>
        <source>A target belongs to one residential group or to one team.</source>
        <translation>Chỉ tiêu phải giao cho một tổ dân phố hoặc một tổ công tác.</translation>
    </message>
    <message>
        <source>The target cannot be negative.</source>
        <translation>Chỉ tiêu không được là số âm.</translation>
    </message>
    <message>
        <source>The deadline %1 is before the day the target is set (%2).</source>
        <translation>Hạn hoàn thành %1 sớm hơn ngày giao chỉ tiêu (%2).</translation>
    </message>
    <message>
        <source>The residential group no longer exists.</source>
        <translation>Tổ dân phố không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>The team no longer exists.</source>
        <translation>Tổ công tác không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot save the target: %1</source>
        <translation>Không lưu được chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>Cannot remove the target: %1</source>
        <translation>Không xóa được chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>The target no longer exists.</source>
        <translation>Chỉ tiêu không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>Cần đặt tên cho đợt cao điểm.</translation>
    </message>
    <message>
        <source>The campaign needs a start date.</source>
        <translation>Cần có ngày bắt đầu của đợt cao điểm.</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>Ngày kết thúc của đợt cao điểm sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Cannot save the campaign: %1</source>
        <translation>Không lưu được đợt cao điểm: %1</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Đợt cao điểm không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>A phase's share must be between 1 and 100 %.</source>
        <translation>Tỷ lệ của giai đoạn phải từ 1 đến 100 %.</translation>
    </message>
    <message>
        <source>The phase needs a deadline.</source>
        <translation>Giai đoạn cần có hạn hoàn thành.</translation>
    </message>
    <message>
        <source>The phase's deadline is before the campaign starts.</source>
        <translation>Hạn của giai đoạn sớm hơn ngày bắt đầu đợt cao điểm.</translation>
    </message>
    <message>
        <source>The phase's deadline is after the campaign ends.</source>
        <translation>Hạn của giai đoạn muộn hơn ngày kết thúc đợt cao điểm.</translation>
    </message>
    <message>
        <source>The phase asks for %1 % by %2, which does not fit the phase of %3 % by %4.</source>
        <translation>Giai đoạn yêu cầu %1 % trước ngày %2, không khớp với giai đoạn %3 % trước ngày %4.</translation>
    </message>
    <message>
        <source>Cannot save the phase: %1</source>
        <translation>Không lưu được giai đoạn: %1</translation>
    </message>
    <message>
        <source>The phase no longer exists.</source>
        <translation>Giai đoạn không còn trong dữ liệu.</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>The team needs a name.</source>
        <translation>Cần đặt tên cho tổ công tác.</translation>
    </message>
    <message>
        <source>There is already a team named “%1”.</source>
        <translation>Đã có tổ công tác tên “%1”.</translation>
    </message>
    <message>
        <source>Cannot create the team: %1</source>
        <translation>Không tạo được tổ công tác: %1</translation>
    </message>
    <message>
        <source>The team no longer exists.</source>
        <translation>Tổ công tác không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot change the team: %1</source>
        <translation>Không sửa được tổ công tác: %1</translation>
    </message>
    <message>
        <source>Cannot delete the team: %1</source>
        <translation>Không xóa được tổ công tác: %1</translation>
    </message>
    <message>
        <source>Cannot restore the team: %1</source>
        <translation>Không khôi phục được tổ công tác: %1</translation>
    </message>
    <message>
        <source>The member needs a name.</source>
        <translation>Cần nhập họ tên thành viên.</translation>
    </message>
    <message>
        <source>Choose the member's role.</source>
        <translation>Chọn vai trò của thành viên.</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Số điện thoại: %1</translation>
    </message>
    <message>
        <source>Cannot add the member: %1</source>
        <translation>Không thêm được thành viên: %1</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>Thành viên không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot change the member: %1</source>
        <translation>Không sửa được thông tin thành viên: %1</translation>
    </message>
    <message>
        <source>Cannot remove the member: %1</source>
        <translation>Không xóa được thành viên: %1</translation>
    </message>
    <message>
        <source>Cannot restore the member: %1</source>
        <translation>Không khôi phục được thành viên: %1</translation>
    </message>
    <message>
        <source>The residential group no longer exists.</source>
        <translation>Tổ dân phố không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>Hộ gia đình không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot change the assignment: %1</source>
        <translation>Không thay đổi được việc phân công: %1</translation>
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
    <name>WeeklyReportCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
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
