#!/usr/bin/env python3
"""Makes the CSV samples of tests/data/csv from one canonical residents list.

Run from anywhere: python3 tests/data/csv/make_samples.py
Good files (good_*) must import; broken ones (bad_*) must be refused or have rejected rows.
The Windows-1258 sample is what Excel's "CSV (Comma delimited)" writes on a Vietnamese
Windows: base letters (with their shape marks ă â ê ô ơ ư đ) followed by a combining tone
byte, encoded with Python's codecs 'cp1258'.
"""
import os
import random
import unicodedata
import zipfile
import io

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["Mã hộ", "Tổ dân phố", "Địa chỉ", "Họ và tên", "Ngày sinh", "Giới tính",
          "Số định danh", "Số điện thoại", "Quan hệ với chủ hộ", "Cư trú", "Mức 1",
          "Ngày kích hoạt mức 1", "Mức 2", "Ngày kích hoạt mức 2", "Loại trừ",
          "Điện thoại thông minh", "Tổ công tác"]
KEYS = ["household_code", "group", "address", "full_name", "birth_date", "gender",
        "id_number", "phone", "relation", "residence", "level1", "level1_activated_on",
        "level2", "level2_activated_on", "exclusion", "smartphone", "team"]

# Five residents in three households, two groups. Today in the tests is 23/11/2026.
ROWS = [
    ["HK001", "Tổ dân phố 5", "Số 27 ngõ 85 phố Trần Phú", "Nguyễn Văn An", "15/03/1985", "Nam",
     "001085012345", "0912345678", "Chủ hộ", "Thường trú", "Đã kích hoạt", "10/05/2024",
     "Đã phê duyệt", "", "", "Có", "Tổ công tác số 1"],
    ["HK001", "Tổ dân phố 5", "Số 27 ngõ 85 phố Trần Phú", "Trần Thị Bình", "1990", "Nữ",
     "001190012346", "", "Vợ", "Thường trú", "Đã thu nhận", "", "Chưa đăng ký", "", "", "Có",
     "Tổ công tác số 1"],
    ["HK001", "Tổ dân phố 5", "Số 27 ngõ 85 phố Trần Phú", "Nguyễn Hoàng Yến", "02/09/2008", "Nữ",
     "", "", "Con", "Thường trú", "Chưa đăng ký", "", "Chưa đăng ký", "", "", "Không", "Tổ công tác số 1"],
    ["HK002", "Tổ dân phố 10", "Số 9, ngách 4/12 phố Lê Lợi", "Lê Thị Hường", "01/01/1950", "Nữ",
     "001150098765", "02438253456", "Chủ hộ", "Tạm trú", "Chưa đăng ký", "", "Chưa đăng ký", "",
     "Vắng mặt dài ngày", "", ""],
    ["HK003", "Tổ dân phố 10", "Số 11 phố Lê Lợi", "Phạm Đức Thắng", "30/07/1948", "Nam",
     "001048000777", "0987654321", "Chủ hộ", "Thường trú", "Đã kích hoạt", "01/02/2025",
     "Đã kích hoạt", "03/04/2025", "", "Có", "Tổ công tác số 2"],
]

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def quote(cell, sep):
    if any(c in cell for c in (sep, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv_text(header, rows, sep=",", eol="\r\n", final=True):
    lines = [sep.join(quote(c, sep) for c in r) for r in [header] + rows]
    return eol.join(lines) + (eol if final else "")


def excel_1258(text):
    """NFC text → Excel's Windows-1258 form: shaped base letter + combining tone."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


TCVN3 = dict(zip(
    "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĂÂÊÔƠƯĐ",
    [0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD,
     0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4,
     0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7,
     0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7,
     0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7]))


def tcvn3(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in TCVN3:
            out.append(TCVN3[ch])
        elif ch.lower() in TCVN3:  # TCVN3 capitals come from the .VnTimeH font
            out.append(TCVN3[ch.lower()])
        else:
            out += ch.encode("ascii", "replace")
    return bytes(out)


VNI_TONE = {"\u0301": 0xF9, "\u0300": 0xF8, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF}
VNI_TONE_HAT = {"\u0301": 0xE1, "\u0300": 0xE0, "\u0309": 0xE5, "\u0303": 0xE3, "\u0323": 0xE4}
VNI_TONE_BREVE = {"\u0301": 0xE9, "\u0300": 0xE8, "\u0309": 0xFA, "\u0303": 0xFC, "\u0323": 0xEB}


def vni(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append(0xF1 if ch == "đ" else 0xD1)
            continue
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        tone = next((m for m in marks if m in TONES), None)
        if base.isascii() and not marks:
            out += base.encode()
            continue
        out += base.encode("ascii", "replace")
        if "\u0302" in marks:  # circumflex
            out.append(VNI_TONE_HAT[tone] if tone else 0xE2)
        elif "\u0306" in marks:  # breve
            out.append(VNI_TONE_BREVE[tone] if tone else 0xEA)
        elif "\u031b" in marks:  # horn: ơ = oâ? no: ô/ö in VNI
            out.append(0xF4 if base in "oO" else 0xF6)
            if tone:
                out.append(VNI_TONE[tone])
        elif tone:
            out.append(VNI_TONE[tone])
    return bytes(out)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    utf8 = csv_text(HEADER, ROWS)
    write("good_utf8.csv", utf8.encode("utf-8"))
    write("good_utf8_bom.csv", b"\xef\xbb\xbf" + utf8.encode("utf-8"))
    tab = csv_text(HEADER, ROWS, sep="\t")
    write("good_utf16le_tab.csv", b"\xff\xfe" + tab.encode("utf-16-le"))
    write("good_utf16be_tab.csv", b"\xfe\xff" + tab.encode("utf-16-be"))
    write("good_cp1258_semicolon.csv", excel_1258(csv_text(HEADER, ROWS, sep=";")))
    write("good_semicolon_lf_nofinal.csv", csv_text(HEADER, ROWS, sep=";", eol="\n", final=False).encode())
    write("good_tab.csv", tab.encode())
    write("good_nfd.csv", unicodedata.normalize("NFD", utf8).encode())
    # Header spellings: no diacritics, upper case, ASCII keys, any order, an unknown column.
    order = [3, 0, 4, 1, 2] + list(range(5, 17))
    spelled = ["Ho va ten", "MÃ HỘ", "birth_date", "  to dan pho ", "DIA CHI"] + \
        [KEYS[i] if i % 2 else HEADER[i].upper() for i in range(5, 17)] + ["Ghi chú"]
    rows = [[r[i] for i in order] + ["ghi chú riêng"] for r in ROWS]
    write("good_header_spellings.csv", csv_text(spelled, rows).encode())
    # Quoting: embedded line breaks, separators and "" inside quotes; every cell quoted.
    quoted = "\r\n".join(",".join('"' + c.replace('"', '""') + '"' for c in r) for r in [HEADER] + ROWS)
    quoted = quoted.replace("Số 11 phố Lê Lợi", "Số 11\r\nphố Lê Lợi")
    quoted = quoted.replace('"Chủ hộ"', '"Chủ hộ ""chính"""', 1)
    write("good_quoted_multiline.csv", (quoted + "\r\n").encode())
    # Empty lines and Excel's separator-only lines, in the middle and at the end.
    lines = csv_text(HEADER, ROWS).split("\r\n")
    blank = [lines[0], lines[1], "", ",,,,,,,,,,,,,,,,", lines[2], lines[3], "   ", lines[4],
             lines[5], ",,,,,,,,,,,,,,,,", ""]
    write("good_blank_lines.csv", "\r\n".join(blank).encode())
    # Only the required columns.
    minimal = [r[:5] for r in ROWS]
    write("good_minimal_columns.csv", csv_text(HEADER[:5], minimal).encode())
    # Formula-looking cells escaped with a leading ' (as the exporter writes them).
    f_rows = [list(r) for r in ROWS[:2]]
    f_rows[0][8] = "'=Chủ hộ"
    f_rows[1][8] = "'-Vợ-"
    f_rows[1][16] = "''Tổ 3"
    write("good_formula_escaped.csv", csv_text(HEADER, f_rows).encode())

    # Kind 2 and 3.
    st_header = ["Số định danh", "Họ và tên", "Mức", "Trạng thái", "Ngày"]
    st_rows = [["001085012345", "Nguyễn Văn An", "2", "Đã kích hoạt", "20/11/2026"],
               ["001190012346", "TRẦN THỊ BÌNH", "1", "da phe duyet", ""],
               ["001150098765", "Lê Thị Hường", "1", "Đã đăng ký", "2026-11-01"]]
    write("good_statuses.csv", csv_text(st_header, st_rows).encode("utf-8"))
    bad_st = [["001085012345", "Nguyễn Văn Ân", "2", "Đã kích hoạt", ""],   # name mismatch
              ["001190012346", "Trần Thị Bình", "3", "Đã kích hoạt", ""],   # level
              ["001190012346", "Trần Thị Bình", "1", "Xong rồi", ""],       # status
              ["001190012346", "Trần Thị Bình", "1", "Đã kích hoạt", "24/11/2026"],  # future
              ["079085099999", "Người Lạ", "1", "Đã kích hoạt", ""],        # unknown resident
              ["001150098765", "Lê Thị Hường", "1", "Đã phê duyệt", ""]]     # good
    write("bad_statuses.csv", csv_text(st_header, bad_st).encode("utf-8"))
    tg_header = ["Tổ dân phố", "Chỉ tiêu", "Hạn"]
    write("good_targets.csv", csv_text(tg_header, [["Tổ dân phố 5", "120", "31/12/2026"],
                                                   ["to dan pho 10", "80", ""]]).encode())
    write("bad_targets.csv", csv_text(tg_header, [["Tổ dân phố 99", "10", ""],
                                                  ["Tổ dân phố 5", "nhiều", ""],
                                                  ["Tổ dân phố 10", "50", "31/02/2027"],
                                                  ["Tổ dân phố 5", "60", ""]]).encode())

    # Broken files: refused as a whole.
    write("bad_empty.csv", b"")
    write("bad_only_bom.csv", b"\xef\xbb\xbf")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    write("bad_xlsx_renamed.csv", buf.getvalue())
    rnd = random.Random(6)
    write("bad_random_bytes.csv", bytes(rnd.randrange(256) for _ in range(4096)))
    write("bad_tcvn3.csv", tcvn3(csv_text(HEADER, ROWS)))
    write("bad_vni.csv", vni(csv_text(HEADER, ROWS)))
    write("bad_missing_required.csv", csv_text(HEADER[:3] + HEADER[4:], [r[:3] + r[4:] for r in ROWS]).encode())
    write("bad_unclosed_quote.csv", (csv_text(HEADER, ROWS[:2]) + '"HK009,Tổ dân phố 5\r\n').encode())

    # Rows rejected one by one (line numbers: header is line 1).
    bad = [list(r) for r in ROWS]
    bad[0][6] = "001085012399"  # ok: stays valid
    rows = [
        bad[0],                                                         # 2 good
        bad[1][:6] + ["001185012346"] + bad[1][7:],                     # 3 ID year mismatch
        bad[3][:6] + ["001085012399"] + bad[3][7:],                     # 4 duplicate ID of line 2 (and birth mismatch)
        bad[2][:4] + ["01/01/2027"] + bad[2][5:],                       # 5 birth in the future
        bad[2][:4] + ["31/02/2000"] + bad[2][5:],                       # 6 unreadable birth
        bad[4][:10] + ["Xong"] + bad[4][11:],                           # 7 unknown status
        bad[4][:14] + ["Đi chơi"] + bad[4][15:],                        # 8 unknown exclusion
        bad[1][:11] + ["01/01/2026"] + bad[1][12:],                     # 9 activation date, not activated
        bad[4][:11] + ["24/11/2026"] + bad[4][12:],                     # 10 activation after today
        bad[2][:7] + ["0123"] + bad[2][8:],                             # 11 bad phone
        bad[2][:3] + [""] + bad[2][4:],                                 # 12 missing name
        bad[2] + ["extra"],                                             # 13 too many cells
        bad[2][:4] + ["1/1/2027"] + bad[2][5:6] + ["12345"] + bad[2][7:],  # 14 two problems
    ]
    write("bad_rows.csv", csv_text(HEADER, rows).encode())


if __name__ == "__main__":
    main()
