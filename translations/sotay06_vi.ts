<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AssignmentStore</name>
    <message>
        <source>The residential group no longer exists.</source>
        <translation>Tổ dân phố không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>Hộ gia đình không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>The team no longer exists.</source>
        <translation>Tổ công tác không còn trong dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot change the assignment: %1</source>
        <translation>Không thay đổi được việc phân công: %1</translation>
    </message>
</context>
<context>
    <name>AuditedEdits</name>
    <message>
        <source>The resident is no longer in the ward file.</source>
        <translation>Người dân này không còn trong tệp dữ liệu phường.</translation>
    </message>
    <message>
        <source>The household is no longer in the ward file.</source>
        <translation>Hộ gia đình này không còn trong tệp dữ liệu phường.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Không tạo được thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>Cannot make a backup of the ward file: %1</source>
        <translation>Không sao lưu được tệp dữ liệu phường: %1</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Không ghi được bản sao lưu %1.</translation>
    </message>
    <message>
        <source>A backup cannot be made while a change is being saved; make it before the import.</source>
        <translation>Không thể sao lưu khi đang lưu một thay đổi; hãy sao lưu trước khi nhập dữ liệu.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Phải giữ lại ít nhất một bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 is not a sound Sổ tay 06 ward file; nothing was restored.</source>
        <translation>%1 không phải là tệp dữ liệu phường Sổ tay 06 hợp lệ; chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>The ward file is in use by %1; close it there first. Nothing was restored.</source>
        <translation>Tệp dữ liệu phường đang được sử dụng bởi %1; hãy đóng tệp ở đó trước. Chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>Cannot open the ward file %1.</source>
        <translation>Không mở được tệp dữ liệu phường %1.</translation>
    </message>
    <message>
        <source>Cannot restore the backup: %1</source>
        <translation>Không khôi phục được bản sao lưu: %1</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
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
    <name>Checklist</name>
    <message>
        <source>There is no residential group named “%1”.</source>
        <translation>Không có tổ dân phố nào tên “%1”.</translation>
    </message>
    <message>
        <source>There is no work team named “%1”.</source>
        <translation>Không có tổ công tác nào tên “%1”.</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Tham số không hợp lệ: “%1”.</translation>
    </message>
    <message>
        <source>checklist needs --group NAME.</source>
        <translation>Lệnh checklist cần --group TÊN_TỔ_DÂN_PHỐ.</translation>
    </message>
    <message>
        <source>checklist needs --pdf OUT.pdf.</source>
        <translation>Lệnh checklist cần --pdf OUT.pdf.</translation>
    </message>
    <message>
        <source>Wrote the checklist of %1 (%2 households, %3 residents, %4 pages) to %5.</source>
        <translation>Đã ghi danh sách rà soát của %1 (%2 hộ, %3 nhân khẩu, %4 trang) vào %5.</translation>
    </message>
</context>
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
    <message>
        <source>The ward file is in use by %1; nothing was written.</source>
        <translation>Tệp dữ liệu phường đang được sử dụng bởi %1; chưa ghi gì.</translation>
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
    <name>ConfirmationList</name>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>Hãy chọn khoảng thời gian có ngày bắt đầu không sau ngày kết thúc.</translation>
    </message>
    <message>
        <source>The residential group no longer exists.</source>
        <translation>Tổ dân phố này không còn nữa.</translation>
    </message>
</context>
<context>
    <name>CreateGroupCommand</name>
    <message>
        <source>New residential group %1</source>
        <translation>Thêm tổ dân phố %1</translation>
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
    <message>
        <source>The file %1 is being created by %2.</source>
        <translation>Tệp %1 đang được tạo bởi %2.</translation>
    </message>
</context>
<context>
    <name>EditHouseholdCommand</name>
    <message>
        <source>Edit household %1</source>
        <translation>Sửa hộ %1</translation>
    </message>
</context>
<context>
    <name>EditResidentCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Sửa thông tin %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export needs the word residents and an output file.</source>
        <translation>lệnh export cần chữ residents và tên tệp ghi ra.</translation>
    </message>
    <message>
        <source>Exported %1 residents to %2.</source>
        <translation>Đã xuất %1 nhân khẩu ra tệp %2.</translation>
    </message>
</context>
<context>
    <name>GroupMerger</name>
    <message>
        <source>A residential group cannot be merged into itself.</source>
        <translation>Không thể sáp nhập một tổ dân phố vào chính nó.</translation>
    </message>
    <message>
        <source>The residential group no longer exists.</source>
        <translation>Tổ dân phố này không còn nữa.</translation>
    </message>
    <message>
        <source>The residential group “%1” exists already.</source>
        <translation>Tổ dân phố “%1” đã có rồi.</translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>The residential group needs a name.</source>
        <translation>Tổ dân phố cần có tên.</translation>
    </message>
    <message>
        <source>A residential group named “%1” already exists.</source>
        <translation>Đã có tổ dân phố tên “%1”.</translation>
    </message>
    <message>
        <source>The residential group no longer exists.</source>
        <translation>Tổ dân phố này không còn nữa.</translation>
    </message>
    <message numerus="yes">
        <source>The residential group “%1” still has %n household(s).</source>
        <translation><numerusform>Tổ dân phố “%1” vẫn còn %n hộ.</numerusform></translation>
    </message>
    <message>
        <source>The households are already in this residential group.</source>
        <translation>Các hộ này đã thuộc tổ dân phố này rồi.</translation>
    </message>
    <message>
        <source>Choose at least one household to move.</source>
        <translation>Hãy chọn ít nhất một hộ để chuyển.</translation>
    </message>
    <message>
        <source>A household is chosen twice.</source>
        <translation>Có hộ được chọn hai lần.</translation>
    </message>
    <message>
        <source>A chosen household is no longer in the residential group it was in.</source>
        <translation>Có hộ đã chọn không còn thuộc tổ dân phố ban đầu.</translation>
    </message>
    <message>
        <source>Cannot create the residential group “%1”: %2</source>
        <translation>Không tạo được tổ dân phố “%1”: %2</translation>
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
    <name>ImportCommand</name>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Encoding: %1; separator: %2</source>
        <translation>Bảng mã: %1; dấu phân cách: %2</translation>
    </message>
    <message>
        <source>Added: %1; updated: %2; unchanged: %3; rejected: %4; warnings: %5</source>
        <translation>Thêm mới: %1; cập nhật: %2; không đổi: %3; bị từ chối: %4; cảnh báo: %5</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows.</source>
        <translation>… và %1 dòng bị từ chối khác.</translation>
    </message>
    <message>
        <source>Warning, line %1</source>
        <translation>Cảnh báo, dòng %1</translation>
    </message>
    <message>
        <source>… and %1 more warnings.</source>
        <translation>… và %1 cảnh báo khác.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Đã hủy: không ghi gì vào sổ.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không ghi gì vào sổ.</translation>
    </message>
    <message>
        <source>Saved to the ward file.</source>
        <translation>Đã lưu vào sổ của phường.</translation>
    </message>
    <message>
        <source>Nothing was written because rows were rejected. Fix them, or import only the valid rows with --valid-only.</source>
        <translation>Không ghi gì vào sổ vì có dòng bị từ chối. Hãy sửa các dòng đó, hoặc chỉ nhập các dòng hợp lệ bằng --valid-only.</translation>
    </message>
    <message>
        <source>import needs a kind (residents, statuses or targets) and a file.</source>
        <translation>lệnh import cần loại danh sách (residents, statuses hoặc targets) và tên tệp.</translation>
    </message>
    <message>
        <source>--as-of needs a date YYYY-MM-DD, not “%1”.</source>
        <translation>--as-of cần một ngày dạng YYYY-MM-DD, không phải “%1”.</translation>
    </message>
    <message>
        <source>--as-of %1 is after today; an import can only be dated today or earlier.</source>
        <translation>--as-of %1 sau ngày hôm nay; chỉ được tính dữ liệu từ hôm nay trở về trước.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>The file %1 was refused: %2</source>
        <translation>Không nhập tệp %1: %2</translation>
    </message>
    <message>
        <source>The ward file could not be written: %1</source>
        <translation>Không ghi được vào sổ của phường: %1</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Residents list</source>
        <translation>Danh sách nhân khẩu</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>Danh sách cập nhật trạng thái</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>The header row does not name the columns of a residents list, a status update list or a targets list. Choose the kind of list yourself to see which columns are missing.</source>
        <translation>Dòng tiêu đề không khớp với danh sách nhân khẩu, danh sách cập nhật trạng thái hay danh sách chỉ tiêu. Hãy tự chọn loại danh sách để xem còn thiếu cột nào.</translation>
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
    <name>MergeGroupCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Sáp nhập %1 vào %2</translation>
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
    <name>PageFlow</name>
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
    <name>RecordExclusionCommand</name>
    <message>
        <source>Lift the exclusion of %1</source>
        <translation>Bỏ loại trừ đối với %1</translation>
    </message>
    <message>
        <source>Exclude %1: %2</source>
        <translation>Loại trừ %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordOutcomeCommand</name>
    <message>
        <source>Visit of %1: %2</source>
        <translation>Thăm %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordStatusCommand</name>
    <message>
        <source>Level %1 of %2: %3</source>
        <translation>Mức %1 của %2: %3</translation>
    </message>
</context>
<context>
    <name>RenameGroupCommand</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Đổi tên %1 thành %2</translation>
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
    <name>ResidentExporter</name>
    <message>
        <source>Cannot read the residents: %1</source>
        <translation>Không đọc được danh sách nhân khẩu: %1</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The export could not be recorded in the ward's disclosure log, so no file was written: %1</source>
        <translation>Không ghi được lần xuất này vào sổ theo dõi cung cấp dữ liệu của phường nên chưa ghi tệp nào: %1</translation>
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
    <message>
        <source>The ward file is in use by %1; nothing was written.</source>
        <translation>Tệp dữ liệu phường đang được sử dụng bởi %1; chưa ghi gì.</translation>
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
    <name>SplitGroupCommand</name>
    <message numerus="yes">
        <source>Move %n household(s) of %1 to %2</source>
        <translation><numerusform>Chuyển %n hộ của %1 sang %2</numerusform></translation>
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
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>Create team %1</source>
        <translation>Tạo tổ công tác %1</translation>
    </message>
    <message>
        <source>Change team %1</source>
        <translation>Sửa tổ công tác %1</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>Xóa tổ công tác %1</translation>
    </message>
    <message>
        <source>Nothing to restore.</source>
        <translation>Không có gì để khôi phục.</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Thêm thành viên %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>Change member %1</source>
        <translation>Sửa thành viên %1</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>Xóa thành viên %1</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Phân công %1</translation>
    </message>
    <message>
        <source>Set the target of %1</source>
        <translation>Giao chỉ tiêu cho %1</translation>
    </message>
    <message>
        <source>Create campaign %1</source>
        <translation>Tạo đợt cao điểm %1</translation>
    </message>
    <message>
        <source>Add phase %1</source>
        <translation>Thêm giai đoạn %1</translation>
    </message>
    <message>
        <source>Remove phase %1</source>
        <translation>Xóa giai đoạn %1</translation>
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
    <name>VisitStore</name>
    <message>
        <source>The visit has no date.</source>
        <translation>Chuyến thăm chưa có ngày.</translation>
    </message>
    <message>
        <source>A visit cannot be dated after today.</source>
        <translation>Không thể ghi chuyến thăm vào ngày sau hôm nay.</translation>
    </message>
    <message>
        <source>"Come back on" needs a date and time.</source>
        <translation>"Hẹn quay lại" cần có ngày và giờ.</translation>
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
    <name>WardFile</name>
    <message>
        <source>The ward needs a name.</source>
        <translation>Phường cần có tên.</translation>
    </message>
</context>
<context>
    <name>WardLock</name>
    <message>
        <source>%1 on %2, process %3</source>
        <translation>%1 trên máy %2, tiến trình %3</translation>
    </message>
    <message>
        <source>%1 on %2, process %3, since %4</source>
        <translation>%1 trên máy %2, tiến trình %3, từ %4</translation>
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
    <name>sotay::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>About Sổ tay 06</source>
        <translation>Giới thiệu Sổ tay 06</translation>
    </message>
    <message>
        <source>A notebook for the ward work teams of Đề án 06: VNeID accounts and their activation, resident by resident.</source>
        <translation>Sổ tay cho tổ công tác Đề án 06 của phường, xã: theo dõi tài khoản định danh điện tử VNeID và việc kích hoạt đến từng người dân.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty. See &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;the licence&lt;/a&gt;.</source>
        <translation>Phần mềm tự do theo Giấy phép Công cộng GNU, phiên bản 3 hoặc mới hơn (GPL-3.0-or-later), không kèm bất kỳ bảo đảm nào. Xem &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;toàn văn giấy phép&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Xây dựng trên:</translation>
    </message>
    <message>
        <source>Qt %1 (Core, GUI, Widgets, SQL, Print Support, Concurrent, SVG) — LGPL-3.0</source>
        <translation>Qt %1 (Core, GUI, Widgets, SQL, Print Support, Concurrent, SVG) — LGPL-3.0</translation>
    </message>
    <message>
        <source>Qt Charts %1 (the dashboard) — GPL-3.0</source>
        <translation>Qt Charts %1 (bảng theo dõi) — GPL-3.0</translation>
    </message>
    <message>
        <source>SQLite %1 — public domain</source>
        <translation>SQLite %1 — phạm vi công cộng (public domain)</translation>
    </message>
    <message>
        <source>ICU, through Qt (Vietnamese sorting and text normalisation) — Unicode licence</source>
        <translation>ICU, qua Qt (sắp xếp theo tiếng Việt và chuẩn hóa văn bản) — giấy phép Unicode</translation>
    </message>
    <message>
        <source>Liberation fonts — SIL Open Font License 1.1 (reports and printouts)</source>
        <translation>Phông chữ Liberation — SIL Open Font License 1.1 (báo cáo và bản in)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
<context>
    <name>sotay::AssignmentPanel</name>
    <message>
        <source>Residential group</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ công tác</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Assign to the group</source>
        <translation>Giao cho tổ dân phố</translation>
    </message>
    <message>
        <source>Assign to the household</source>
        <translation>Giao cho hộ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Residential groups&lt;/b&gt; — the team responsible for each</source>
        <translation>&lt;b&gt;Tổ dân phố&lt;/b&gt; — tổ công tác phụ trách từng tổ</translation>
    </message>
    <message>
        <source>Team for the selected group:</source>
        <translation>Tổ công tác phụ trách tổ dân phố đang chọn:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Households of the selected group&lt;/b&gt; — a household's own team overrides the group's</source>
        <translation>&lt;b&gt;Các hộ của tổ dân phố đang chọn&lt;/b&gt; — hộ được giao riêng thì theo tổ công tác của hộ</translation>
    </message>
    <message>
        <source>Team for the selected household:</source>
        <translation>Tổ công tác phụ trách hộ đang chọn:</translation>
    </message>
    <message>
        <source>(the group's team)</source>
        <translation>(theo tổ dân phố)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(chưa giao)</translation>
    </message>
</context>
<context>
    <name>sotay::AuditLogDialog</name>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>User or operator</source>
        <translation>Người dùng hoặc người thao tác</translation>
    </message>
    <message>
        <source>Text in what, values or detail</source>
        <translation>Nội dung trong đối tượng, giá trị hoặc chi tiết</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation><numerusform>%n thay đổi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n changes; narrow the filter to see older ones.</source>
        <translation><numerusform>%n thay đổi gần nhất; hãy thu hẹp bộ lọc để xem các thay đổi cũ hơn.</numerusform></translation>
    </message>
    <message>
        <source>Show full ID numbers and phones</source>
        <translation>Hiện đầy đủ số định danh và số điện thoại</translation>
    </message>
    <message>
        <source>ID numbers and phones in the old and new values are masked as on printouts; the text filter still finds them in full.</source>
        <translation>Số định danh và số điện thoại trong giá trị cũ và mới được che như trên bản in; ô lọc theo chữ vẫn tìm được theo số đầy đủ.</translation>
    </message>
</context>
<context>
    <name>sotay::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>sotay::BackupListModel</name>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>Before an upgrade of the file</source>
        <translation>Trước khi nâng cấp tệp</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
</context>
<context>
    <name>sotay::CampaignPanel</name>
    <message>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Tính trên</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>e.g. 90-day push</source>
        <translation>ví dụ: Cao điểm 90 ngày</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Tạo đợt cao điểm</translation>
    </message>
    <message>
        <source>of the approved, not yet activated</source>
        <translation>số đã phê duyệt nhưng chưa kích hoạt</translation>
    </message>
    <message>
        <source>of the eligible residents</source>
        <translation>số công dân thuộc diện</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Thêm giai đoạn</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Xóa giai đoạn</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>Đợt &amp;cao điểm:</translation>
    </message>
    <message>
        <source>New campaign &amp;name:</source>
        <translation>&amp;Tên đợt mới:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Bắt đầu từ:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Kết thúc ngày:</translation>
    </message>
    <message>
        <source>Phase na&amp;me:</source>
        <translation>Tên &amp;giai đoạn:</translation>
    </message>
    <message>
        <source>Acti&amp;vate:</source>
        <translation>&amp;Kích hoạt:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Trước ngày:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Campaigns and phases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đợt cao điểm và các giai đoạn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>eligible residents</source>
        <translation>công dân thuộc diện</translation>
    </message>
    <message>
        <source>approved, not activated</source>
        <translation>đã phê duyệt, chưa kích hoạt</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>Cần đặt tên cho đợt cao điểm.</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>Ngày kết thúc của đợt cao điểm sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Create a campaign first.</source>
        <translation>Hãy tạo đợt cao điểm trước.</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Giai đoạn %1</translation>
    </message>
</context>
<context>
    <name>sotay::ChecklistDialog</name>
    <message>
        <source>Door-to-door checklist</source>
        <translation>Danh sách rà soát từng hộ</translation>
    </message>
    <message>
        <source>(the whole group)</source>
        <translation>(cả tổ dân phố)</translation>
    </message>
    <message>
        <source>As of today, %1: households in walking order, only the residents who still need something.</source>
        <translation>Tính đến hôm nay, %1: các hộ theo thứ tự đi rà soát, chỉ gồm những người còn việc cần làm.</translation>
    </message>
    <message>
        <source>Residential &amp;group:</source>
        <translation>Tổ &amp;dân phố:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Tổ công tác:</translation>
    </message>
    <message>
        <source>The ward has no residential groups yet: import a residents list first.</source>
        <translation>Phường chưa có tổ dân phố nào: hãy nhập danh sách nhân khẩu trước.</translation>
    </message>
    <message>
        <source>Cannot make the checklist</source>
        <translation>Không lập được danh sách rà soát</translation>
    </message>
    <message>
        <source>Printed the checklist of %1.</source>
        <translation>Đã in danh sách rà soát của %1.</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Lưu danh sách rà soát thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Không lưu được tệp PDF</translation>
    </message>
    <message>
        <source>Saved %1 (%2 households, %3 residents, %4 pages).</source>
        <translation>Đã lưu %1 (%2 hộ, %3 nhân khẩu, %4 trang).</translation>
    </message>
</context>
<context>
    <name>sotay::ComeBackDialog</name>
    <message>
        <source>Come back to %1</source>
        <translation>Hẹn quay lại nhà %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Come back on</source>
        <translation>Quay lại vào</translation>
    </message>
</context>
<context>
    <name>sotay::ConfirmationDialog</name>
    <message>
        <source>Confirmation list</source>
        <translation>Danh sách xác nhận</translation>
    </message>
    <message>
        <source>(the whole ward)</source>
        <translation>(toàn phường)</translation>
    </message>
    <message>
        <source>Activated &amp;from:</source>
        <translation>Kích hoạt &amp;từ ngày:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>Residential &amp;group:</source>
        <translation>Tổ &amp;dân phố:</translation>
    </message>
    <message>
        <source>Cannot make the confirmation list</source>
        <translation>Không lập được danh sách xác nhận</translation>
    </message>
    <message>
        <source>Printed the confirmation list.</source>
        <translation>Đã in danh sách xác nhận.</translation>
    </message>
    <message>
        <source>Save the confirmation list as PDF</source>
        <translation>Lưu danh sách xác nhận thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Không lưu được tệp PDF</translation>
    </message>
    <message>
        <source>Saved %1 (%2 residents, %3 pages).</source>
        <translation>Đã lưu %1 (%2 nhân khẩu, %3 trang).</translation>
    </message>
</context>
<context>
    <name>sotay::DashboardPage</name>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ công tác</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Thuộc diện</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Đã kích hoạt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Residential group</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Phê duyệt ngày</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Số ngày chờ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Cập nhật</translation>
    </message>
    <message>
        <source>As of the end of</source>
        <translation>Số liệu tính đến hết ngày</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teams&lt;/b&gt; by the share of their eligible residents activated</source>
        <translation>&lt;b&gt;Xếp hạng tổ công tác&lt;/b&gt; theo tỷ lệ công dân thuộc diện đã kích hoạt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved, not activated&lt;/b&gt; — the longest waiting first</source>
        <translation>&lt;b&gt;Đã phê duyệt, chưa kích hoạt&lt;/b&gt; — chờ lâu nhất xếp trước</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Activated %1 of the target %2 (%3)</source>
        <translation>Đã kích hoạt %1 / chỉ tiêu %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Deadline %1 · %2 days left · %3 activations needed per day · %4 eligible residents, %5 activated (%6), %7 approved but not activated</source>
        <translation>Hạn %1 · còn %2 ngày · cần %3 lượt kích hoạt mỗi ngày · %4 công dân thuộc diện, %5 đã kích hoạt (%6), %7 đã phê duyệt chưa kích hoạt</translation>
    </message>
    <message>
        <source>Activated %1 of %2 eligible residents (%3)</source>
        <translation>Đã kích hoạt %1 / %2 công dân thuộc diện (%3)</translation>
    </message>
    <message>
        <source>No target in force on %1: set one on the Teams tab. %2 approved but not activated.</source>
        <translation>Chưa có chỉ tiêu áp dụng ngày %1: giao chỉ tiêu ở thẻ Tổ công tác. %2 đã phê duyệt chưa kích hoạt.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 by %4 (%5 %6) — %7 done, %8 days left, %9 per day</source>
        <translation>%1: %2 / %3 trước ngày %4 (%5 %6) — đã đạt %7, còn %8 ngày, cần %9 mỗi ngày</translation>
    </message>
    <message>
        <source>% of the eligible</source>
        <translation>% số thuộc diện</translation>
    </message>
    <message>
        <source>% of the approved</source>
        <translation>% số đã phê duyệt</translation>
    </message>
    <message>
        <source>Activated per residential group</source>
        <translation>Kết quả kích hoạt theo tổ dân phố</translation>
    </message>
    <message>
        <source>Activated per team</source>
        <translation>Kết quả kích hoạt theo tổ công tác</translation>
    </message>
    <message>
        <source>Not assigned to a team</source>
        <translation>Chưa giao tổ công tác</translation>
    </message>
    <message>
        <source>Activations so far against the line that reaches the target on time</source>
        <translation>Lũy kế kích hoạt so với tiến độ cần đạt để hoàn thành chỉ tiêu đúng hạn</translation>
    </message>
    <message>
        <source>Activated (cumulative)</source>
        <translation>Đã kích hoạt (lũy kế)</translation>
    </message>
    <message>
        <source>On time to the target</source>
        <translation>Tiến độ đạt chỉ tiêu đúng hạn</translation>
    </message>
</context>
<context>
    <name>sotay::DemoWardMaker</name>
    <message>
        <source>Creating the demo ward…</source>
        <translation>Đang tạo phường mẫu…</translation>
    </message>
    <message>
        <source>Generating %1 demo residents…</source>
        <translation>Đang sinh %1 cư dân mẫu…</translation>
    </message>
    <message>
        <source>Cannot run %1.</source>
        <translation>Không chạy được %1.</translation>
    </message>
    <message>
        <source>Cannot create the demo ward.</source>
        <translation>Không tạo được phường mẫu.</translation>
    </message>
    <message>
        <source>The demo residents could not be generated: %1</source>
        <translation>Không sinh được cư dân mẫu: %1</translation>
    </message>
</context>
<context>
    <name>sotay::ExclusionDialog</name>
    <message>
        <source>Exclusion of %1</source>
        <translation>Loại trừ đối với %1</translation>
    </message>
    <message>
        <source>Not excluded (lift the exclusion)</source>
        <translation>Không loại trừ (bỏ loại trừ)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
</context>
<context>
    <name>sotay::ExportResidentsTask</name>
    <message>
        <source>residents-%1.csv</source>
        <translation>nhan-khau-%1.csv</translation>
    </message>
    <message>
        <source>Export residents</source>
        <translation>Xuất danh sách nhân khẩu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the residents…</source>
        <translation>Đang xuất danh sách nhân khẩu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resident(s) to %1.</source>
        <translation><numerusform>Đã xuất %n nhân khẩu ra tệp %1.</numerusform></translation>
    </message>
    <message>
        <source>%1 will hold the personal data of the ward's residents: names, birth dates, ID numbers and phones, in full.

Send it only to whoever needs it and delete it when it is no longer needed. The export is recorded in the ward's disclosure log (who, when, which file).

Export?</source>
        <translation>Tệp %1 sẽ chứa dữ liệu cá nhân của nhân khẩu trong phường: họ tên, ngày sinh, số định danh và số điện thoại, đầy đủ không che.

Chỉ gửi cho người cần dùng và xóa tệp khi không còn cần. Lần xuất này được ghi vào sổ theo dõi cung cấp dữ liệu của phường (ai, khi nào, tệp nào).

Xuất tệp?</translation>
    </message>
</context>
<context>
    <name>sotay::GroupActions</name>
    <message>
        <source>New residential group…</source>
        <translation>Tổ dân phố mới…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Sáp nhập vào…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Chia tách…</translation>
    </message>
    <message>
        <source>New residential group</source>
        <translation>Tổ dân phố mới</translation>
    </message>
    <message>
        <source>Name of the residential group (e.g. Tổ dân phố 12):</source>
        <translation>Tên tổ dân phố (ví dụ: Tổ dân phố 12):</translation>
    </message>
</context>
<context>
    <name>sotay::GroupHouseholdsModel</name>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Nhân khẩu</translation>
    </message>
</context>
<context>
    <name>sotay::HelpViewer</name>
    <message>
        <source>Sổ tay 06 — User guide</source>
        <translation>Sổ tay 06 — Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>The user guide is missing from this copy of the program.</source>
        <translation>Bản chương trình này thiếu tài liệu hướng dẫn sử dụng.</translation>
    </message>
</context>
<context>
    <name>sotay::HouseholdDialog</name>
    <message>
        <source>Household %1</source>
        <translation>Hộ %1</translation>
    </message>
    <message>
        <source>e.g. Số 27 ngõ 85 phố Trần Phú</source>
        <translation>VD: Số 27 ngõ 85 phố Trần Phú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Chưa nhập địa chỉ.</translation>
    </message>
    <message>
        <source>The head of household is empty.</source>
        <translation>Chưa nhập tên chủ hộ.</translation>
    </message>
</context>
<context>
    <name>sotay::ImportDialog</name>
    <message>
        <source>Import a list</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Detect from the header row</source>
        <translation>Tự nhận biết theo dòng tiêu đề</translation>
    </message>
    <message>
        <source>Facts in the file without a date of their own take effect on this day. Choose an earlier day only to catch up on an older list.</source>
        <translation>Các thông tin trong tệp không ghi ngày sẽ được tính từ ngày này. Chỉ chọn ngày sớm hơn khi cập nhật bù một danh sách cũ.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Kind of list:</source>
        <translation>Loại danh sách:</translation>
    </message>
    <message>
        <source>Data as of:</source>
        <translation>Dữ liệu tính đến ngày:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Chỉ nhập các dòng hợp lệ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Các dòng bị từ chối:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Cảnh báo:</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>Chọn danh sách cần nhập</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Không nhập được tệp: %1</translation>
    </message>
    <message>
        <source>The ward file could not be written: %1</source>
        <translation>Không ghi được vào sổ của phường: %1</translation>
    </message>
    <message>
        <source>Encoding: %1 · separator: %2</source>
        <translation>Bảng mã: %1 · dấu phân cách: %2</translation>
    </message>
    <message>
        <source>to add: %1 · to update: %2 · unchanged: %3 · rejected: %4 · warnings: %5</source>
        <translation>sẽ thêm mới: %1 · sẽ cập nhật: %2 · không đổi: %3 · bị từ chối: %4 · cảnh báo: %5</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Đã hủy: không ghi gì vào sổ.</translation>
    </message>
    <message>
        <source>Imported — added: %1 · updated: %2 · unchanged: %3 · rejected: %4</source>
        <translation>Đã nhập — thêm mới: %1 · cập nhật: %2 · không đổi: %3 · bị từ chối: %4</translation>
    </message>
    <message>
        <source>The list was saved to the ward file.</source>
        <translation>Danh sách đã được lưu vào sổ của phường.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported. Fix them in the file and choose it again, or import only the valid rows.</source>
        <translation><numerusform>Có %n dòng không nhập được. Hãy sửa trong tệp rồi chọn lại, hoặc chỉ nhập các dòng hợp lệ.</numerusform></translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Sẵn sàng nhập.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>sotay::MainWindow</name>
    <message>
        <source>Residents</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Cannot open the ward</source>
        <translation>Không mở được dữ liệu phường</translation>
    </message>
    <message>
        <source>No ward open: File → New ward… or Open…</source>
        <translation>Chưa mở phường nào: Tệp → Tạo phường mới… hoặc Mở…</translation>
    </message>
    <message>
        <source>Enter visit outcomes</source>
        <translation>Nhập kết quả đi thăm</translation>
    </message>
    <message>
        <source>Sổ tay 06</source>
        <translation>Sổ tay 06</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Show full ID numbers and phones</source>
        <translation>Hiện đầy đủ số định danh và số điện thoại</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About Sổ tay 06</source>
        <translation>&amp;Giới thiệu Sổ tay 06</translation>
    </message>
    <message>
        <source>%1 — Sổ tay 06</source>
        <translation>%1 — Sổ tay 06</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Cài đặt chưa được lưu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language takes effect when the program starts again.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi mở lại chương trình.</translation>
    </message>
    <message>
        <source>The ward is in use</source>
        <translation>Dữ liệu phường đang được dùng</translation>
    </message>
    <message>
        <source>This ward is in use by %1; it is open read-only. Changes cannot be saved until that program closes it.</source>
        <translation>Dữ liệu phường này đang được %1 sử dụng; chương trình mở ở chế độ chỉ đọc. Chưa lưu được thay đổi cho đến khi chương trình kia đóng tệp.</translation>
    </message>
    <message>
        <source>Cannot back up the ward</source>
        <translation>Không sao lưu được dữ liệu phường</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — chỉ đọc</translation>
    </message>
</context>
<context>
    <name>sotay::MergeGroupDialog</name>
    <message>
        <source>Merge %1 into…</source>
        <translation>Sáp nhập %1 vào…</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Sáp nhập %1 vào:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sáp nhập</translation>
    </message>
    <message>
        <source>There is no other residential group to merge into.</source>
        <translation>Không có tổ dân phố nào khác để sáp nhập vào.</translation>
    </message>
    <message>
        <source>The %1 household(s) of %2 move to %3 (which then has %4), with their residents, statuses and visits. %2 is removed. Its targets are added to those of %3; every household keeps the team that visits it. Undo (Ctrl+Z) puts %2 back as it was.</source>
        <translation>%1 hộ của %2 chuyển sang %3 (khi đó có %4 hộ), cùng nhân khẩu, trạng thái tài khoản và các lần đi thăm. %2 bị xóa. Chỉ tiêu của %2 được cộng vào chỉ tiêu của %3; mỗi hộ vẫn do tổ công tác cũ phụ trách. Hoàn tác (Ctrl+Z) sẽ khôi phục %2 như cũ.</translation>
    </message>
</context>
<context>
    <name>sotay::OutcomeEntryView</name>
    <message>
        <source>Keys: &lt;b&gt;D&lt;/b&gt; done · &lt;b&gt;V&lt;/b&gt; not home · &lt;b&gt;T&lt;/b&gt; refused · &lt;b&gt;H&lt;/b&gt; come back on… · &lt;b&gt;S&lt;/b&gt; no smartphone · &lt;b&gt;M&lt;/b&gt; level 2 at the police · &lt;b&gt;C&lt;/b&gt; needs ID card · &lt;b&gt;Enter&lt;/b&gt;/&lt;b&gt;↓&lt;/b&gt; next · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation>Phím: &lt;b&gt;D&lt;/b&gt; đã xong · &lt;b&gt;V&lt;/b&gt; vắng nhà · &lt;b&gt;T&lt;/b&gt; từ chối · &lt;b&gt;H&lt;/b&gt; hẹn quay lại… · &lt;b&gt;S&lt;/b&gt; không có điện thoại thông minh · &lt;b&gt;M&lt;/b&gt; mức 2 tại công an · &lt;b&gt;C&lt;/b&gt; cần làm CCCD · &lt;b&gt;Enter&lt;/b&gt;/&lt;b&gt;↓&lt;/b&gt; người tiếp theo · &lt;b&gt;Ctrl+Z&lt;/b&gt; hoàn tác</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <source>Visit day</source>
        <translation>Ngày đi thăm</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ công tác</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(không có tổ)</translation>
    </message>
    <message>
        <source>%1 of %2 entered</source>
        <translation>Đã nhập %1 trên %2</translation>
    </message>
</context>
<context>
    <name>sotay::OutcomeListModel</name>
    <message>
        <source>Household</source>
        <translation>Hộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Cần làm</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>sotay::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Cần sửa</translation>
    </message>
</context>
<context>
    <name>sotay::RenameGroupDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>Đổi tên %1</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Type the new name of the residential group.</source>
        <translation>Hãy nhập tên mới cho tổ dân phố.</translation>
    </message>
</context>
<context>
    <name>sotay::ReportDialog</name>
    <message>
        <source>Print &amp;preview…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính toán…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>The printout was not recorded</source>
        <translation>Chưa ghi được nhật ký in ấn</translation>
    </message>
</context>
<context>
    <name>sotay::ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Weekly report…</source>
        <translation>Báo cáo &amp;tuần…</translation>
    </message>
    <message>
        <source>&amp;Door-to-door checklist…</source>
        <translation>Danh sách &amp;rà soát từng hộ…</translation>
    </message>
    <message>
        <source>&amp;Confirmation list…</source>
        <translation>Danh sách &amp;xác nhận…</translation>
    </message>
</context>
<context>
    <name>sotay::ResidentDialog</name>
    <message>
        <source>Resident</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or only the year</source>
        <translation>dd/mm/yyyy, hoặc chỉ năm sinh</translation>
    </message>
    <message>
        <source>12 digits; empty when none</source>
        <translation>12 chữ số; để trống nếu chưa có</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>VD: 0912 345 678</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>Has a smartphone</source>
        <translation>Có điện thoại thông minh</translation>
    </message>
    <message>
        <source>No smartphone</source>
        <translation>Không có điện thoại thông minh</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Cư trú</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Thẻ CCCD</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Điện thoại thông minh</translation>
    </message>
    <message>
        <source>The full name is empty.</source>
        <translation>Chưa nhập họ và tên.</translation>
    </message>
    <message>
        <source>The birth date is not a date: write dd/mm/yyyy, or only the year.</source>
        <translation>Ngày sinh không hợp lệ: hãy ghi dd/mm/yyyy, hoặc chỉ năm sinh.</translation>
    </message>
    <message>
        <source>The birth date is after today.</source>
        <translation>Ngày sinh sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>Số định danh: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
</context>
<context>
    <name>sotay::ResidentEditor</name>
    <message>
        <source>Edit resident…</source>
        <translation>Sửa thông tin công dân…</translation>
    </message>
    <message>
        <source>Edit household…</source>
        <translation>Sửa thông tin hộ…</translation>
    </message>
    <message>
        <source>Level 1 status…</source>
        <translation>Trạng thái mức 1…</translation>
    </message>
    <message>
        <source>Level 2 status…</source>
        <translation>Trạng thái mức 2…</translation>
    </message>
    <message>
        <source>Exclusion…</source>
        <translation>Loại trừ…</translation>
    </message>
</context>
<context>
    <name>sotay::ResidentTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Mức 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Mức 2</translation>
    </message>
    <message>
        <source>Needed next</source>
        <translation>Cần làm tiếp</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ công tác</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Lần thăm gần nhất</translation>
    </message>
</context>
<context>
    <name>sotay::ResidentsView</name>
    <message>
        <source>Search: name (with or without marks), last digits of ID or phone</source>
        <translation>Tìm: họ tên (có dấu hoặc không dấu), các số cuối của số định danh hoặc điện thoại</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>Approved, not activated</source>
        <translation>Đã duyệt, chưa kích hoạt</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Đã kích hoạt</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Đã loại trừ</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>Dưới 14 tuổi</translation>
    </message>
    <message>
        <source>Turning 14 within…</source>
        <translation>Đủ 14 tuổi trong vòng…</translation>
    </message>
    <message>
        <source>No smartphone</source>
        <translation>Không có điện thoại thông minh</translation>
    </message>
    <message>
        <source>Come-back appointments due</source>
        <translation>Đến hẹn quay lại</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Tất cả các tổ</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation><numerusform>%n công dân</numerusform></translation>
    </message>
</context>
<context>
    <name>sotay::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Backups are made before every import, before an upgrade of the file and once a day. Restoring one replaces the ward with it; the ward as it is now is kept as a backup first.</source>
        <translation>Bản sao lưu được tạo trước mỗi lần nhập dữ liệu, trước khi nâng cấp tệp và mỗi ngày một lần. Khôi phục một bản sẽ thay dữ liệu phường hiện tại bằng bản đó; dữ liệu hiện tại được sao lưu trước.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>There are no backups of this ward yet.</source>
        <translation>Phường này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Put back the backup of %1 (%2) in place of the ward? Changes made since then will be gone from the ward; its present state is kept as a backup.</source>
        <translation>Khôi phục bản sao lưu lúc %1 (%2) thay cho dữ liệu phường hiện tại? Các thay đổi từ thời điểm đó đến nay sẽ không còn trong dữ liệu phường; trạng thái hiện tại được giữ lại thành một bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>sotay::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>e.g. Phường Phước Tiến</source>
        <translation>VD: Phường Phước Tiến</translation>
    </message>
    <message>
        <source>e.g. UBND phường Phước Tiến</source>
        <translation>VD: UBND phường Phước Tiến</translation>
    </message>
    <message>
        <source>e.g. Khánh Hòa</source>
        <translation>VD: Khánh Hòa</translation>
    </message>
    <message>
        <source>e.g. Công an tỉnh Khánh Hòa</source>
        <translation>VD: Công an tỉnh Khánh Hòa</translation>
    </message>
    <message>
        <source>e.g. TỔ TRƯỞNG</source>
        <translation>VD: TỔ TRƯỞNG</translation>
    </message>
    <message>
        <source>e.g. Phước Tiến</source>
        <translation>VD: Phước Tiến</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Ward name</source>
        <translation>Tên phường</translation>
    </message>
    <message>
        <source>Governing unit</source>
        <translation>Đơn vị chủ quản</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Place on the date line</source>
        <translation>Địa danh ghi ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>Reports go to</source>
        <translation>Báo cáo gửi</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>A new language takes effect when the program starts again.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi mở lại chương trình.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>sotay::SplitGroupDialog</name>
    <message>
        <source>Split %1</source>
        <translation>Chia tách %1</translation>
    </message>
    <message>
        <source>Choose the households of %1 that move to another residential group. Their residents, statuses and visits go with them.</source>
        <translation>Chọn các hộ của %1 cần chuyển sang tổ dân phố khác. Nhân khẩu, trạng thái tài khoản và các lần đi thăm chuyển theo hộ.</translation>
    </message>
    <message>
        <source>Search by address, household code or head of household</source>
        <translation>Tìm theo địa chỉ, mã hộ hoặc chủ hộ</translation>
    </message>
    <message>
        <source>Choose all shown</source>
        <translation>Chọn tất cả đang hiện</translation>
    </message>
    <message>
        <source>Choose none shown</source>
        <translation>Bỏ chọn tất cả đang hiện</translation>
    </message>
    <message>
        <source>Move them to:</source>
        <translation>Chuyển sang:</translation>
    </message>
    <message>
        <source>a new residential group named</source>
        <translation>tổ dân phố mới, tên là</translation>
    </message>
    <message>
        <source>e.g. %1B</source>
        <translation>ví dụ: %1B</translation>
    </message>
    <message>
        <source>an existing residential group</source>
        <translation>tổ dân phố đã có</translation>
    </message>
    <message>
        <source>Move households</source>
        <translation>Chuyển hộ</translation>
    </message>
    <message>
        <source>Choose at least one household to move.</source>
        <translation>Hãy chọn ít nhất một hộ để chuyển.</translation>
    </message>
    <message>
        <source>Choose the residential group.</source>
        <translation>Hãy chọn tổ dân phố.</translation>
    </message>
    <message>
        <source>%1 of %2 households chosen</source>
        <translation>Đã chọn %1 / %2 hộ</translation>
    </message>
</context>
<context>
    <name>sotay::StatusDialog</name>
    <message>
        <source>Level %1 account of %2</source>
        <translation>Tài khoản mức %1 của %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Hiện tại: %1</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(không có tổ)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Team credited</source>
        <translation>Tổ được ghi nhận</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The date is not a date: write dd/mm/yyyy.</source>
        <translation>Ngày không hợp lệ: hãy ghi dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>Ngày sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>This is already the status.</source>
        <translation>Đây đã là trạng thái hiện tại.</translation>
    </message>
    <message>
        <source>Lower than now: saved as a correction.</source>
        <translation>Thấp hơn hiện tại: sẽ lưu là một lần điều chỉnh.</translation>
    </message>
</context>
<context>
    <name>sotay::TargetPanel</name>
    <message>
        <source>In force from</source>
        <translation>Áp dụng từ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source> activations</source>
        <translation> lượt kích hoạt</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Giao chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Giao cho:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Hạn hoàn thành:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>&amp;Áp dụng từ ngày:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets and deadlines&lt;/b&gt; per residential group and per team</source>
        <translation>&lt;b&gt;Chỉ tiêu và thời hạn&lt;/b&gt; theo tổ dân phố và tổ công tác</translation>
    </message>
    <message>
        <source>Earlier targets of the selection:</source>
        <translation>Các chỉ tiêu đã giao trước đây:</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Tổ dân phố: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Tổ công tác: %1</translation>
    </message>
</context>
<context>
    <name>sotay::TeamPanel</name>
    <message>
        <source>Team</source>
        <translation>Tổ công tác</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>e.g. Team 1 – Group 3</source>
        <translation>ví dụ: Tổ công tác số 1 – TDP 3</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Tạo tổ mới</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Xóa tổ</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Save member</source>
        <translation>Lưu thành viên</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Xóa thành viên</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>&amp;Tên tổ:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>Tổ &amp;trưởng:</translation>
    </message>
    <message>
        <source>Member na&amp;me:</source>
        <translation>&amp;Họ tên thành viên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số điện t&amp;hoại:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work teams&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tổ công tác&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members of the selected team&lt;/b&gt;</source>
        <translation>&lt;b&gt;Thành viên của tổ đang chọn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Tổ công tác số %1</translation>
    </message>
</context>
<context>
    <name>sotay::TeamsPage</name>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Phân công</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>&amp;Chỉ tiêu</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation>Đợt &amp;cao điểm</translation>
    </message>
</context>
<context>
    <name>sotay::WardFileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New ward…</source>
        <translation>Tạo &amp;phường mới…</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Nhập danh sách…</translation>
    </message>
    <message>
        <source>&amp;Export residents…</source>
        <translation>&amp;Xuất danh sách nhân khẩu…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>New ward</source>
        <translation>Tạo phường mới</translation>
    </message>
    <message>
        <source>Name of the ward (e.g. Phường Phước Tiến):</source>
        <translation>Tên phường (VD: Phường Phước Tiến):</translation>
    </message>
    <message>
        <source>Save the new ward as</source>
        <translation>Lưu phường mới thành</translation>
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
        <translation>Tệp dữ liệu phường (*.sotay06);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Export residents</source>
        <translation>Xuất danh sách nhân khẩu</translation>
    </message>
</context>
<context>
    <name>sotay::WardPages</name>
    <message>
        <source>Open a ward first: File → Open…</source>
        <translation>Hãy mở dữ liệu phường trước: Tệp → Mở…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Tổ công tác</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng theo dõi</translation>
    </message>
</context>
<context>
    <name>sotay::WardToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Nhật ký thay đổi…</translation>
    </message>
    <message>
        <source>Cannot back up the ward</source>
        <translation>Không sao lưu được dữ liệu phường</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>A copy of the ward was saved as %1.</source>
        <translation>Đã lưu bản sao dữ liệu phường thành %1.</translation>
    </message>
</context>
<context>
    <name>sotay::WardTreeModel</name>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation><numerusform>%n công dân</numerusform></translation>
    </message>
    <message>
        <source>%1 — head: %2</source>
        <translation>%1 — chủ hộ: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 eligible residents activated (%n resident(s) in all)</source>
        <translation><numerusform>%1: đã kích hoạt %2 trên %3 công dân đủ điều kiện (tổng cộng %n công dân)</numerusform></translation>
    </message>
    <message>
        <source>Ward / group / household</source>
        <translation>Phường / tổ dân phố / hộ</translation>
    </message>
    <message>
        <source>Activated / eligible</source>
        <translation>Đã kích hoạt / đủ điều kiện</translation>
    </message>
    <message>
        <source>%1: counting…</source>
        <translation>%1: đang đếm…</translation>
    </message>
</context>
<context>
    <name>sotay::WeeklyReportDialog</name>
    <message>
        <source>Weekly report</source>
        <translation>Báo cáo tuần</translation>
    </message>
    <message>
        <source>Report &amp;date (Thursday):</source>
        <translation>&amp;Ngày báo cáo (thứ Năm):</translation>
    </message>
    <message>
        <source>&amp;Difficulties and obstacles:</source>
        <translation>&amp;Khó khăn, vướng mắc:</translation>
    </message>
    <message>
        <source>P&amp;roposals:</source>
        <translation>Đề &amp;xuất, kiến nghị:</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Lưu &amp;CSV…</translation>
    </message>
    <message>
        <source>Weekly reports are dated on Thursdays: %1 was moved to %2.</source>
        <translation>Báo cáo tuần được lập vào thứ Năm: ngày %1 đã được chuyển thành %2.</translation>
    </message>
    <message>
        <source>The difficulties and proposals were not saved</source>
        <translation>Chưa lưu được phần khó khăn và đề xuất</translation>
    </message>
    <message>
        <source>Week %1 – %2; figures as of the end of %2.</source>
        <translation>Tuần từ %1 đến %2; số liệu tính đến hết ngày %2.</translation>
    </message>
    <message>
        <source>Cannot compute the weekly report</source>
        <translation>Không tính được báo cáo tuần</translation>
    </message>
    <message>
        <source>Printed the weekly report of %1.</source>
        <translation>Đã in báo cáo tuần ngày %1.</translation>
    </message>
    <message>
        <source>Save the weekly report as PDF</source>
        <translation>Lưu báo cáo tuần thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Không lưu được tệp PDF</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Đã lưu %1 (%2 trang).</translation>
    </message>
    <message>
        <source>Save the weekly figures as CSV</source>
        <translation>Lưu số liệu tuần thành tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the CSV file</source>
        <translation>Không lưu được tệp CSV</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
</context>
<context>
    <name>sotay::WelcomeDialog</name>
    <message>
        <source>Welcome to Sổ tay 06</source>
        <translation>Chào mừng đến với Sổ tay 06</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Sổ tay 06.&lt;/b&gt;&lt;br&gt;Enter your ward's details to start, or open the demo ward to try the program with invented residents.</source>
        <translation>&lt;b&gt;Chào mừng đến với Sổ tay 06.&lt;/b&gt;&lt;br&gt;Nhập thông tin phường (xã) của bạn để bắt đầu, hoặc mở phường mẫu để dùng thử với dữ liệu cư dân giả định.</translation>
    </message>
    <message>
        <source>Your ward</source>
        <translation>Phường, xã của bạn</translation>
    </message>
    <message>
        <source>&amp;Ward or commune:</source>
        <translation>&amp;Phường, xã:</translation>
    </message>
    <message>
        <source>e.g. Phường Phước Tiến</source>
        <translation>ví dụ: Phường Phước Tiến</translation>
    </message>
    <message>
        <source>&amp;Governing unit:</source>
        <translation>&amp;Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>&amp;Province or city:</source>
        <translation>&amp;Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>e.g. Khánh Hòa</source>
        <translation>ví dụ: Khánh Hòa</translation>
    </message>
    <message>
        <source>&amp;Reports go to:</source>
        <translation>&amp;Nơi nhận báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Signed by (name):</source>
        <translation>&amp;Người ký (họ tên):</translation>
    </message>
    <message>
        <source>Signer's &amp;title:</source>
        <translation>Chức &amp;danh người ký:</translation>
    </message>
    <message>
        <source>&amp;Create the ward</source>
        <translation>&amp;Tạo phường</translation>
    </message>
    <message>
        <source>Ward files are kept in %1</source>
        <translation>Tệp dữ liệu phường được lưu tại %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Open the &amp;demo ward</source>
        <translation>Mở phường &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;Open a ward file…</source>
        <translation>Mở tệp ph&amp;ường…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Stopped; the demo ward was not made.</source>
        <translation>Đã dừng; phường mẫu chưa được tạo.</translation>
    </message>
    <message>
        <source>e.g. UBND phường Phước Tiến</source>
        <translation>ví dụ: UBND phường Phước Tiến</translation>
    </message>
    <message>
        <source>e.g. Công an tỉnh Khánh Hòa</source>
        <translation>ví dụ: Công an tỉnh Khánh Hòa</translation>
    </message>
    <message>
        <source>Enter the name of the ward or commune.</source>
        <translation>Hãy nhập tên phường, xã.</translation>
    </message>
    <message>
        <source>Open a ward</source>
        <translation>Mở dữ liệu phường</translation>
    </message>
    <message>
        <source>Ward files (*.sotay06);;All files (*)</source>
        <translation>Tệp dữ liệu phường (*.sotay06);;Mọi tệp (*)</translation>
    </message>
</context>
</TS>
