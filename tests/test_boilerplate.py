"""The shared furniture rules: each line rule removes its furniture and keeps real sentences."""

from __future__ import annotations

import lxml.html
import pytest

from pipelines import boilerplate
from pipelines.boilerplate import (
    DOM_SELECTORS,
    LINE_RULES,
    REGION_SELECTORS,
    drop_furniture,
    find_furniture,
    is_repeated_headline,
    match_line,
)

# (rule name, line that is furniture, data it yields or None)
REMOVES = [
    ("row_time", "09:42 น. จำนวนผู้เข้าชม 881 ครั้ง", {"view_count": "881"}),
    ("download_count", "ดาวน์โหลด (๑๐)", None),
    ("download_count", "ดาวน์โหลดแล้ว 41 ครั้ง", None),
    ("view_count", "อ่าน (๓,๕๒๓)", {"view_count": "๓,๕๒๓"}),
    (
        "published_raw",
        "วันที่ลงข่าว : ๑๕/๑๒/๒๕๕๓ ๑๐:๒๗:๑๗ อ่าน (๓๕๒)",
        {"published_raw": "๑๕/๑๒/๒๕๕๓ ๑๐:๒๗:๑๗", "view_count": "๓๕๒"},
    ),
    (
        "byline_source",
        "โดย กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม",
        {"byline_source": "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"},
    ),
    (
        "byline_source",
        "โดย ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุจังหวัดขอนแก่น",
        {"byline_source": "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุจังหวัดขอนแก่น"},
    ),
    (
        "modified_raw",
        "อ่าน ๓,๖๑๒ ครั้ง  (แก้ไขล่าสุด ๒๙ ก.ย. ๖๗)",
        {"view_count": "๓,๖๑๒", "modified_raw": "๒๙ ก.ย. ๖๗"},
    ),
    ("image_placeholder", "(คลิกที่ภาพเพื่อขยาย)", {}),
    ("created", "สร้างเมื่อ: วันจันทร์, 23 กันยายน 2019 10:07", {}),
    ("byline", "เขียนโดย pr_cnt | พิมพ์ | อีเมล | ฮิต: 23", {"view_count": "23"}),
    (
        "view_count",
        "ลงวันที่ ๒๗/๐๓/๒๕๖๗\tผู้ชม ๔๐๘ ครั้ง",
        {"published_raw": "๒๗/๐๓/๒๕๖๗", "view_count": "๔๐๘"},
    ),
    ("bracketed_count", "ข่าววันที่ ๑๗ มี.ค. ๖๗ (๑,๗๕๘)", {"published_raw": "๑๗ มี.ค. ๖๗"}),
    ("bracketed_count", "(๒๓)", {}),
    (
        "source",
        "เครดิต: สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดกาฬสินธุ์",
        {"source": "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดกาฬสินธุ์"},
    ),
    (
        "source",
        "Cr. ฝ่ายบริหารทั่วไป ศูนย์ ปภ.เขต ๖ ขอนแก่น",
        {"source": "ฝ่ายบริหารทั่วไป ศูนย์ ปภ.เขต ๖ ขอนแก่น"},
    ),
    ("loading", "กำลังโหลด...", {}),
    ("loading", "Loading…", {}),
    (
        "published_raw",
        "จันทร์, มิถุนายน 02 2008 @ 01:05 PM ICT",
        {"published_raw": "จันทร์, มิถุนายน 02 2008 @ 01:05 PM ICT"},
    ),
    ("byline", "ส่งโดย: pr_chaiyaphum", {}),
    ("row_time", "เวลา ๑๓.๒๔ น. | ผู้อ่าน : ๒๕๒ ครั้ง | โพสต์โดย : prudm", {"view_count": "๒๕๒"}),
    ("release_number", "ข่าวกระทรวงการคลัง ฉบับที่ ๓๑/๒๕๖๗", {}),
    ("release_number", "ข่าวประชาสัมพันธ์ ฉบับที่ 31/2567", {}),
    ("cookie_notice", "เว็บไซต์นี้ใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์ที่ดีที่สุด อ่านเพิ่มเติม", {}),
    ("cookie_notice", "เรามีการใช้คุกกี้เพื่อพัฒนาการให้บริการ ยอมรับ", {}),
    ("cookie_notice", "กรมสวัสดิการและคุ้มครองแรงงานใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์ที่ดี", {}),
    ("relative_time", "เผยแพร่ ๑ เดือนที่แล้ว", {}),
    ("view_count", "เข้าชม ๑.๓ พัน ครั้ง", {"view_count": "๑.๓ พัน"}),
    ("cookie_notice", "This website uses cookies to improve your experience. Read more", {}),
    ("created", "สร้างเมื่อ\t14 ก.ค. 2024 13:10:00", {}),
    ("created", "Created: 14/07/2024 13:10", {}),
    ("category", "หมวดหมู่: ข่าวประชาสัมพันธ์", {}),
    (
        "category",
        "วันที่ข่าว: 30 มกราคม 2024 หมวดหมู่: ข่าวประชาสัมพันธ์",
        {"published_raw": "30 มกราคม 2024"},
    ),
    ("view_count", "อ่าน 12660 ครั้ง", {"view_count": "12660"}),
    ("view_count", "อ่าน: 1,234 ครั้ง", {"view_count": "1,234"}),
    ("view_count", "เข้าชม 57 ครั้ง", {"view_count": "57"}),
    ("view_count", "ผู้เข้าชม ๑๒๓", {"view_count": "๑๒๓"}),
    ("view_count", "การเข้าชม 1,343 ครั้ง", {"view_count": "1,343"}),
    ("view_count", "จำนวนการอ่าน 85", {"view_count": "85"}),
    ("view_count", "| 8,650 view", {"view_count": "8,650"}),
    ("view_count", "245 views", {"view_count": "245"}),
    ("view_count", "Read 99 times", {"view_count": "99"}),
    ("view_count", "เปิดอ่าน ๑,๒๐๕ ครั้ง", {"view_count": "๑,๒๐๕"}),
    ("view_count", "จำนวนผู้อ่าน : 77 ครั้ง", {"view_count": "77"}),
    ("view_count", "ฮิต: 342", {"view_count": "342"}),
    ("view_count", "จำนวนครั้งที่เปิดดู: 1234", {"view_count": "1234"}),
    ("view_count", "เปิดอ่าน ๓๖๗๒ ครั้ง แจ้งข่าวนี้ให้เพื่อน", {"view_count": "๓๖๗๒"}),
    ("view_count", "ยอดผู้ชม 15 คน", {"view_count": "15"}),
    ("view_count", "Hits 12", {"view_count": "12"}),
    ("view_count", "Post Views: 1,269", {"view_count": "1,269"}),
    ("view_count", "1,024 reads", {"view_count": "1,024"}),
    # a3rev Page Views Count: the total is the counter, today's count is not.
    ("view_count", "4,685 total views, 9 views today", {"view_count": "4,685"}),
    ("views_today", "5 views today, 1,234 total views", {"view_count": "1,234"}),
    ("views_today", "เข้าชม 1,204 ครั้ง วันนี้ 7 ครั้ง", {"view_count": "1,204"}),
    ("modified_raw", "อัปเดตล่าสุด 12/01/2567 10:30", {"modified_raw": "12/01/2567 10:30"}),
    # อัปเดตแล้ว (updated): Wix Blog's Thai label of an edited post.
    ("modified_raw", "อัปเดตแล้ว: 26 ธ.ค. 2566", {"modified_raw": "26 ธ.ค. 2566"}),
    ("modified_raw", "แก้ไขเมื่อ ๑๒ ม.ค. ๒๕๖๗", {"modified_raw": "๑๒ ม.ค. ๒๕๖๗"}),
    ("modified_raw", "(แก้ไขข้อมูลเมื่อ ๓๑ มี.ค. ๔๘)", {"modified_raw": "๓๑ มี.ค. ๔๘"}),
    (
        "modified_raw",
        "Updated on January 12, 2024 at 3:40 pm",
        {"modified_raw": "January 12, 2024 at 3:40 pm"},
    ),
    ("source", "ขอบคุณข้อมูลจาก : กรมประชาสัมพันธ์", {"source": "กรมประชาสัมพันธ์"}),
    ("published_raw", "วันที่ 12/09/2559 10:30 น.", {"published_raw": "12/09/2559 10:30 น."}),
    ("view_count", "Views: 1,024", {"view_count": "1,024"}),
    (
        "modified_raw",
        "ปรับปรุงล่าสุดเมื่อ 14 กุมภาพันธ์ 2560 10:14",
        {"modified_raw": "14 กุมภาพันธ์ 2560 10:14"},
    ),
    ("modified_raw", "แก้ไขล่าสุด 3 มี.ค. 2564", {"modified_raw": "3 มี.ค. 2564"}),
    ("modified_raw", "Last Updated on 19 November 2019", {"modified_raw": "19 November 2019"}),
    ("published_raw", "ประกาศเมื่อ : ๒๕ กันยายน ๒๕๕๙", {"published_raw": "๒๕ กันยายน ๒๕๕๙"}),
    ("published_raw", "เผยแพร่เมื่อ 12 ม.ค. 2566", {"published_raw": "12 ม.ค. 2566"}),
    (
        "published_raw",
        "ประกาศเมื่อ : 3 ต.ค. 2561 | จำนวนผู้อ่าน : 4233 ครั้ง",
        {"published_raw": "3 ต.ค. 2561", "view_count": "4233"},
    ),
    (
        "published_raw",
        "วันพฤหัสบดีที่ 3 พฤษภาคม 2561",
        {"published_raw": "วันพฤหัสบดีที่ 3 พฤษภาคม 2561"},
    ),
    (
        "published_raw",
        "วันศุกร์ที่ ๑๗ มกราคม ๒๕๖๓ เวลา ๑๔.๓๐ น.",
        {"published_raw": "วันศุกร์ที่ ๑๗ มกราคม ๒๕๖๓ เวลา ๑๔.๓๐ น."},
    ),
    ("source", "ที่มา: สำนักบริหารกลาง...", {"source": "สำนักบริหารกลาง..."}),
    ("source", "ที่มา : กลุ่มประชาสัมพันธ์", {"source": "กลุ่มประชาสัมพันธ์"}),
    ("source", "แหล่งที่มา: กรมโรงงานอุตสาหกรรม", {"source": "กรมโรงงานอุตสาหกรรม"}),
    ("source", "ข่าว/ภาพ : กลุ่มประชาสัมพันธ์ กรมตัวอย่าง", {"source": "กลุ่มประชาสัมพันธ์ กรมตัวอย่าง"}),
    ("source", "ข่าว : สำนักงานจังหวัด", {"source": "สำนักงานจังหวัด"}),
    ("login", "ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น", None),
    ("login", "ล็อกอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น", None),
    ("login", "เข้าสู่ระบบเพื่อแสดงความคิดเห็น", None),
    ("login", "Login to post comments", None),
    ("login", "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น", None),
    (
        "modified_raw",
        "วันที่แก้ไข: 20.07.2024 14:22:10",
        {"modified_raw": "20.07.2024 14:22:10"},
    ),
    ("modified_raw", "ปรับปรุงเมื่อ 20/07/2567 14:22:10", {"modified_raw": "20/07/2567 14:22:10"}),
    (
        "published_raw",
        "ลงวันที่ : ๐๙/๐๓/๖๗ เวลา ๑๔:๑๔ น.",
        {"published_raw": "๐๙/๐๓/๖๗ เวลา ๑๔:๑๔ น."},
    ),
    ("tag_line", "แท็ก: เศรษฐกิจ, สหกรณ์", {"tag_line": "เศรษฐกิจ, สหกรณ์"}),
    ("tag_line", "Tags: economy", {"tag_line": "economy"}),
    ("tag_line", "คำสำคัญ : สหกรณ์การเกษตร", {"tag_line": "สหกรณ์การเกษตร"}),
    ("tag_line", "Tagged on: ผู้ว่าราชการจังหวัด", {"tag_line": "ผู้ว่าราชการจังหวัด"}),
    ("published_raw", "วันที่ข่าว: 6มีนาคม2567", {"published_raw": "6มีนาคม2567"}),
    (
        "published_raw",
        "ลงข่าวเมื่อ : วันศุกร์ที่ ๒๕ ธันวาคม พ.ศ. ๒๕๕๒ | เปิดอ่าน ๙๒๑ ครั้ง",
        {"published_raw": "วันศุกร์ที่ ๒๕ ธันวาคม พ.ศ. ๒๕๕๒", "view_count": "๙๒๑"},
    ),
    ("neighbour", "<< ข่าวก่อนหน้า : ประชุมคณะกรรมการจังหวัด", None),
    ("neighbour", "ข่าวถัดไป >> : อำเภอจัดงานวันเด็ก", None),
    ("neighbour", "Previous post: Hello world", None),
    ("published_raw", "โพสต์เมื่อ 25 Jun 2005 โดย admin", {"published_raw": "25 Jun 2005"}),
    ("gallery_link", "ดูภาพทั้งหมด 12 ภาพ", None),
    ("gallery_link", "View all 12 photos", None),
    ("markup_tag", "(fbpost: https://www.facebook.com/office/posts/pfbid058ef2)", None),
    ("markup_tag", '[gallery ids="1,2,3"]', None),
    ("markup_tag", "[embed]https://youtu.be/x[/embed]", None),
    (
        "published_raw",
        "ประกาศ ณ วันที่ยี่สิบสาม กรกฎาคม พุทธศักราช สองพันห้าร้อยหกสิบเจ็ด",
        {"published_raw": "23 กรกฎาคม พุทธศักราช 2567"},
    ),
    (
        "published_raw",
        "ประกาศเมื่อ : ๒๓ ม.ค. ๒๕๕๒ (23 ม.ค. 2009) เวลา ๐๗:๒๘ น.",
        {"published_raw": "๒๓ ม.ค. ๒๕๕๒ (23 ม.ค. 2009) เวลา ๐๗:๒๘ น."},
    ),
    ("tool", "พิมพ์", None),
    ("rating", "(ยังไม่มีการโหวต)", None),
    ("rating", "No Ratings Yet", None),
    ("rating", "(12 votes, average: 4.50 out of 5)", None),
    ("rating", "คะแนนเฉลี่ย 4.5 จาก 5 (12 โหวต)", None),
    ("tool", "แจ้งข่าวนี้ให้เพื่อน", None),
    ("tool", "ส่งอีเมลถึงเพื่อน", None),
    ("tool", "Tell a friend", None),
    ("tool", "อีเมล", None),
    ("tool", "แชร์", None),
    ("tool", "Share", None),
    ("tool", "Print", None),
    ("tool", "Email", None),
    ("tool", "Tweet", None),
    ("tool", "กลับหน้าแรก", None),
    ("tool", "กลับด้านบน", None),
    ("tool", "back to top", None),
    ("tool", "ขนาดตัวอักษร", None),
    ("tool", "font size", None),
    ("tool", "พิมพ์ | อีเมล | แชร์", None),
    ("tool", "พิมพ์หน้านี้", None),
    ("widget", "🔊 ฟังข่าว", None),
    ("server_error", "A PHP Error was encountered", None),
    ("server_error", "Severity: Warning", None),
    ("server_error", "Message:  Invalid argument supplied for foreach()", None),
    ("server_error", "Filename: news/detail.php", None),
    ("server_error", "Line Number: 87", None),
    ("server_error", "ข้อความแสดงข้อผิดพลาด", None),
    (
        "server_error",
        "Notice: Undefined index: field_source ใน sky_preprocess_node() (บรรทัด 87 ของ "
        "/var/www/html/sites/all/themes/sky/template.php).",
        None,
    ),
    ("widget", "อ่านออกเสียงโดยระบบอัตโนมัติ", None),
    ("widget", "ขนาดตัวอักษร ก- ก ก+ | ความตัดกันของสี", None),
    ("widget", "Select Language", None),
    ("widget", "Powered by Google Translate", None),
    ("widget", "สแกนเพื่ออ่านบนมือถือ", None),
    ("view_count", "👁 1,234", {"view_count": "1,234"}),
    ("view_count", "👁 ผู้ชม 1,234", {"view_count": "1,234"}),
    (
        "published_raw",
        "วันที่ลงข่าว : 15 พฤษภาคม 2567 เวลา บ่ายสามโมงครึ่ง | จำนวนการเข้าชม : ๗๒๑",
        {"published_raw": "15 พฤษภาคม 2567 เวลา บ่ายสามโมงครึ่ง", "view_count": "๗๒๑"},
    ),
    ("tool", "พิมพ์ข่าวนี้ | ส่งอีเมล", None),
    ("read_more", "อ่านต่อ...", None),
    ("read_more", "Read more...", None),
    ("image_placeholder", "image", None),
    ("image_placeholder", "รูปภาพ", None),
    ("image_placeholder", "ภาพประกอบ", None),
    ("image_placeholder", "รูปภาพประกอบ", None),
    ("image_placeholder", "[image]", None),
    ("relative_time", "ประมาณ 2 เดือนที่แล้ว", None),
    ("relative_time", "3 days ago", None),
    ("separator", "------------------------------------------", None),
    ("separator", "..............................", None),
    ("separator", "==========", None),
    ("separator", "_____", None),
    ("separator", "* * *", None),
    ("separator", "~~~~", None),
    ("separator", "–––", None),
    ("separator", "———", None),
    ("separator", "………", None),
    ("credit", "ภาพ : นายสมศักดิ์ รักงาน", None),
    ("credit", "ภาพข่าว: กลุ่มประชาสัมพันธ์", None),
    ("source", "เรียบเรียง : ฝ่ายเผยแพร่", {"source": "ฝ่ายเผยแพร่"}),
    (
        "source",
        "แหล่งข่าว สำนักงานรัฐมนตรี กระทรวงพาณิชย์",
        {"source": "สำนักงานรัฐมนตรี กระทรวงพาณิชย์"},
    ),
    ("source", "ที่มา กรมการค้าภายใน", {"source": "กรมการค้าภายใน"}),
    (
        "source",
        "หน่วยงานเจ้าของข่าว: กองพัฒนาแหล่งท่องเที่ยว",
        {"source": "กองพัฒนาแหล่งท่องเที่ยว"},
    ),
    ("credit", "Photo: Bureau of Public Relations", None),
    ("gallery", "ภาพข่าว", None),
    ("gallery", "ดาวน์โหลดภาพทั้งหมด", None),
    ("gallery", "ภาพประกอบข่าว", None),
    ("gallery", "ภาพบรรยากาศกิจกรรม", None),
    (
        "modified_raw",
        "ปรับปรุงข้อมูลล่าสุด : 14 ก.พ. 2567 21:02:00",
        {"modified_raw": "14 ก.พ. 2567 21:02:00"},
    ),
    ("byline", "ผู้ประกาศ : admin", None),
    ("byline", "Written by ผู้ดูแลระบบ", None),
    ("byline", "เขียนโดย กลุ่มประชาสัมพันธ์", None),
    ("byline", "Published in ข่าวประชาสัมพันธ์", None),
    ("byline", "Tagged under อุตสาหกรรม", None),
    ("byline", "04.03.2024 10:20 by Webmaster", None),
    ("byline", "15.02.2024 12:55 by นางสาวพิมพ์ชนก แสงดี", None),
    ("release_number", "ข่าวประชาสัมพันธ์ ฉบับที่ 31/2567", None),
    ("release_number", "ข่าวที่ ๔๒/๒๕๖๗", None),
    ("ad_label", "โฆษณา", None),
    ("ad_label", "Advertisement", None),
    ("view_count", "3,881 การดู", {"view_count": "3,881"}),
    (
        "published_raw",
        "ลงข่าวโดย webmaster เมื่อ ธันวาคม 05 2023 09:12:30 · ความคิดเห็น 2 · อ่าน 415 ครั้ง ·",
        {"published_raw": "ธันวาคม 05 2023 09:12:30", "view_count": "415"},
    ),
    (
        "published_raw",
        "Submitted by ผู้ดูแลระบบ on January 12, 2024",
        {"published_raw": "January 12, 2024"},
    ),
    ("published_raw", "ส่งโดย กองการศึกษา เมื่อ 3 ต.ค. 2561", {"published_raw": "3 ต.ค. 2561"}),
    ("read_time", "อ่าน 3 นาที", None),
    ("read_time", "4 min read", None),
    (
        "view_count",
        "อ่าน 1 นาที 4,241 การดู",
        {"view_count": "4,241"},
    ),
    ("engagement_count", "จำนวนผู้ชม 750 47 Shares ถูกใจ 10 3 Comments", {"view_count": "750"}),
    (
        "engagement_count",
        "ดู ๒,๑๐๙ ครั้ง | พิมพ์ ๑๕ ครั้ง | ส่งต่อ ๖ ครั้ง",
        {"view_count": "๒,๑๐๙"},
    ),
    ("icon_count", "543 Views 13 5 แชร์ 14", {"view_count": "543"}),
    ("icon_count", "จำนวนผู้ชม: 1,049 | 12 | 5", {"view_count": "1,049"}),
    ("credit", "ภาพ : กลุ่มงานยุทธศาสตร์ / ข่าว : สำนักงานจังหวัดน่าน", {"source": "สำนักงานจังหวัดน่าน"}),
    ("source", "ข่าว: กลุ่มงานพัฒนาชุมชน / ภาพ: สำนักงานอำเภอปัว", {"source": "กลุ่มงานพัฒนาชุมชน"}),
    ("source", "ข้อมูล/ภาพ : กองส่งเสริมศักยภาพผู้สูงอายุ", {"source": "กองส่งเสริมศักยภาพผู้สูงอายุ"}),
    ("source", "แหล่งข้อมูล : กองคุ้มครองสิทธิผู้สูงอายุ", {"source": "กองคุ้มครองสิทธิผู้สูงอายุ"}),
    ("image_placeholder", "คลิกที่ภาพเพื่อดูขนาดใหญ่", None),
    (
        "source",
        "ผู้ส่งข่าว : กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดพิจิตร",
        {"source": "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดพิจิตร"},
    ),
    ("source", "สำนัก/กอง : สำนักงานประชาสัมพันธ์จังหวัดลำพูน", {"source": "สำนักงานประชาสัมพันธ์จังหวัดลำพูน"}),
    ("source", "หน่วยงาน\tฝ่ายทะเบียนรถ สำนักงานขนส่งจังหวัด", {"source": "ฝ่ายทะเบียนรถ สำนักงานขนส่งจังหวัด"}),
    ("byline", "ผู้ส่งข่าว : นางสาวสุภาพร ใจมั่น", None),
    ("published_raw", "วันที่ 2567-03-05 13:22", {"published_raw": "2567-03-05 13:22"}),
    ("published_raw", "เผยแพร่ : 08/03/2567 2:28 PM", {"published_raw": "08/03/2567 2:28 PM"}),
    ("created", "สร้างเมื่อ 2567-02-27 13:47", None),
    (
        "published_raw",
        "โพสต์โดย กลุ่มงานสุขศึกษา เผยแพร่เมื่อ 24 March 2567 เวลา 14:48:22 น.",
        {"published_raw": "24 March 2567 เวลา 14:48:22 น."},
    ),
    ("comment_count", "ความคิดเห็น 0", None),
    ("comment_count", "ความคิดเห็น (3)", None),
    ("comment_count", "12 comments", None),
    ("comment_count", "อ่าน : ๓,๐๓๖ | ตอบ : ๑", {"view_count": "๓,๐๓๖"}),
    ("board_post", "กระทู้ที่ : ๑๒๓๔", None),
    ("board_post", "ความคิดเห็นที่ ๒", None),
    ("board_post", "โดย : admin [ IP : 203.113.14.xxx ]", None),
    ("attachment_line", "ไฟล์แนบ : file_12.pdf (๒๑๒ KB)", None),
    ("attachment_line", "เอกสารแนบ: ประกาศ.pdf, แบบฟอร์ม.docx", None),
    # round 55: a counter under a field label; the whole count beside today's
    ("view_count", "การเข้าชม :อ่าน 1,931 ครั้ง", {"view_count": "1,931"}),
    ("view_count", "เข้าชมทั้งหมด 655 ครั้ง, วันนี้ 7 ครั้ง", {"view_count": "655"}),
    # round 54: a split article's page links, its index; a release's items; a gone item's page
    ("page_links", "หน้า: 1 2", None),
    ("page_links", "หน้า: 1 2 ถัดไป › หน้าสุดท้าย »", None),
    ("page_links", "หน้า 1 จาก 2", None),
    ("page_links", "Page 1 of 3", None),
    ("page_links", "สารบัญบทความ", None),
    ("page_links", "ทุกหน้า", None),
    ("event_date", "วันที่จัดกิจกรรม : ระหว่างวันที่ 23-25 มิถุนายน 2565 เวลา 09.00-16.30 น.", None),
    ("event_date", "วันจัดงาน: 5 มี.ค. 2567", None),
    (
        "modified_raw",
        "ปรับปรุงข้อมูล: วันจันทร์, 01 เมษายน 2567 16:00",
        {"modified_raw": "วันจันทร์, 01 เมษายน 2567 16:00"},
    ),
    ("fiscal_year", "ปีงบประมาณ ๒๕๖๗", None),
    ("fiscal_year", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", None),
    ("fiscal_year", "ประจำปีงบประมาณ พ.ศ.", None),
    ("release_number", "ข่าวฉบับที่: 7/2567", None),
    ("release_number", "ฉบับที่ 45/2567", None),
    ("unfilled_counter", "อ่าน  ครั้ง", None),
    (
        "server_error",
        "Warning: mysql_fetch_array(): supplied argument is not a valid MySQL result resource "
        "in /var/www/html/news/news_detail.php on line 42",
        None,
    ),
]

# (rule name, a real body line that must stay)
KEEPS = [
    ("event_date", "วันที่จัดกิจกรรมของโรงเรียนมีนักเรียนและผู้ปกครองเข้าร่วมกว่า 300 คน"),
    ("event_date", "วันงานวิทยาศาสตร์แห่งชาติ 18 สิงหาคม ของทุกปี มีกิจกรรมมากมาย"),
    ("download_count", "ผู้ใช้ดาวน์โหลดแอปพลิเคชันแล้วกว่า 10 ล้านครั้งทั่วประเทศ"),
    ("byline_source", "โดยกรมส่งเสริมการเกษตร ได้จัดงานวันถ่ายทอดเทคโนโลยีให้แก่เกษตรกร"),
    ("byline_source", "โดย นายสมชาย ใจดี ผู้ว่าราชการจังหวัด"),
    ("byline_source", "โดย กรมส่งเสริมการเกษตร ได้จัดงานวันถ่ายทอดเทคโนโลยี"),
    ("bracketed_count", "(๑) ให้ทุกหน่วยงานรายงานผลภายในวันที่ ๓๐ กันยายน"),
    ("source", "ข่าว การประชุมคณะกรรมการจังหวัดครั้งที่ 3"),
    ("loading", "กำลังโหลดสินค้าขึ้นรถบรรทุกเพื่อส่งไปยังพื้นที่ประสบภัย"),
    ("row_time", "เวลา 09.30 น."),  # a time alone on its line: an agenda's, a line of the text
    ("release_number", "ข่าวประชาสัมพันธ์ ฉบับที่ 31/2567 ได้แจ้งกำหนดการประชุมคณะกรรมการ"),
    (
        "cookie_notice",
        "เว็บไซต์นี้ใช้คุกกี้เพื่อจดจำการตั้งค่าของผู้ใช้ ตามที่สำนักงานได้ชี้แจงในการประชุมคณะกรรมการ"
        "คุ้มครองข้อมูลส่วนบุคคลเมื่อวันที่ 12 มีนาคม 2567 ซึ่งมีผู้แทนจากหน่วยงานต่าง ๆ "
        "เข้าร่วมกว่า 120 คน และได้ข้อสรุปว่าจะปรับปรุงแนวปฏิบัติให้สอดคล้องกับกฎหมายฉบับใหม่ต่อไป",
    ),
    ("cookie_notice", "ประชาชนที่ใช้คุกกี้ของเว็บไซต์ราชการควรศึกษานโยบายความเป็นส่วนตัว"),
    ("published_raw", "เผยแพร่ข้อมูลข่าวสาร 3 ช่องทาง ได้แก่ เว็บไซต์ เฟซบุ๊ก และไลน์ของหน่วยงาน"),
    ("published_raw", "วันที่ 3 ต.ค. 2561 นายกรัฐมนตรีลงพื้นที่ตรวจราชการ"),
    ("published_raw", "เมื่อวันพฤหัสบดีที่ ๖ กันยายน ๒๕๖๑ เวลา ๑๓.๓๐ น."),
    ("published_raw", "วันพุธที่ 3 ตุลาคม 2561 นายกรัฐมนตรีเป็นประธานการประชุม"),
    ("view_count", "ประชาชนสามารถอ่านรายละเอียดได้ที่เว็บไซต์"),
    ("views_today", "วันนี้ 7 คนในหมู่บ้านได้รับการตรวจสุขภาพจากเจ้าหน้าที่สาธารณสุข"),
    ("view_count", "อ่าน 3 ครั้งแล้วยังไม่เข้าใจ จึงขอให้หน่วยงานชี้แจงเพิ่มเติม"),
    ("view_count", "มีผู้เข้าชมงานกว่า 500 คน ณ ศูนย์การประชุม"),
    ("view_count", "การเข้าชมนิทรรศการ 3 วัน มีผู้สนใจกว่า 500 คน"),
    ("view_count", "ผู้อ่าน 20 คนตอบแบบสอบถามว่าพอใจมาก"),
    ("view_count", "ฮิตติดอันดับ 1 ของประเทศ"),
    ("modified_raw", "ประชุมเมื่อวันที่ 3 ตุลาคม 2561 ณ ทำเนียบรัฐบาล"),
    ("modified_raw", "กรมฯ ได้ปรับปรุงหลักเกณฑ์ล่าสุดเมื่อปีที่แล้ว"),
    ("modified_raw", "วันที่แก้ไขเอกสารคือวันที่ 20 ก.ค. ตามที่ประชุมมีมติ"),
    ("tag_line", "คำสำคัญของการพัฒนาคือการมีส่วนร่วมของประชาชน"),
    ("published_raw", "ลงวันที่ 9 มีนาคม 2567 นายอำเภอได้ลงพื้นที่ตรวจเยี่ยมราษฎร"),
    (
        "tag_line",
        "คำสำคัญ: การพัฒนาที่ยั่งยืนต้องอาศัยความร่วมมือจากทุกภาคส่วนของสังคมไทยอย่างต่อเนื่อง",
    ),
    ("login", "ผู้ใช้งานสามารถเข้าสู่ระบบได้ด้วยบัตรประชาชนที่เว็บไซต์ของกรม"),
    ("modified_raw", "Updated guidelines were sent to every provincial office"),
    ("modified_raw", "อัปเดตข้อมูลผู้ประสบภัยทุกวันผ่านเว็บไซต์ของจังหวัด"),
    ("view_count", "ผู้เข้าร่วม 1,024 คน reads the report aloud"),
    ("source", "ที่มาของโครงการนี้คือความร่วมมือระหว่างกระทรวง"),
    ("source", "ข่าวดีสำหรับเกษตรกรทั่วประเทศ"),
    ("source", "แหล่งข่าว กระทรวงการคลัง เปิดเผยว่า ยอดจัดเก็บภาษีสูงกว่าเป้า"),
    ("source", "แหล่งข่าวจากกรมการค้าภายในระบุ"),
    ("source", "หน่วยงานเจ้าของข่าวต้องตรวจสอบข้อมูลก่อนเผยแพร่ทุกครั้ง"),
    ("login", "ประชาชนสามารถเข้าสู่ระบบเพื่อยื่นคำร้องออนไลน์ได้ตั้งแต่วันนี้"),
    ("tool", "พิมพ์เขียวการพัฒนาอุตสาหกรรม 4.0"),
    ("widget", "ฟังข่าวดีจากรัฐบาลเรื่องการลดค่าไฟฟ้า"),
    ("server_error", "Message: ขอให้ประชาชนทุกคนร่วมกันประหยัดพลังงาน"),
    ("widget", "ประชาชนสามารถสแกนเพื่ออ่านรายละเอียดโครงการได้ที่จุดบริการ"),
    ("neighbour", "ข่าวก่อนหน้านี้ได้รายงานว่า รัฐบาลเตรียมมาตรการ: ลดค่าครองชีพ"),
    ("tool", "อีเมล: pr@industry.go.th"),
    ("rating", "ยังไม่มีการโหวตในเรื่องนี้จากที่ประชุม"),
    ("rating", "คะแนนเฉลี่ย 4.5 จาก 5 ในการประเมินความพึงพอใจของประชาชน"),
    ("tool", "แชร์ประสบการณ์การทำงานร่วมกับชุมชน"),
    ("tool", "ส่งให้เพื่อนบ้านในชุมชนช่วยกันดูแลผู้สูงอายุ"),
    ("view_count", "เปิดดูแล้วพบว่าเอกสาร 3 ฉบับสูญหาย"),
    ("read_more", "อ่านต่อได้ที่เว็บไซต์กระทรวง"),
    ("image_placeholder", "รูปภาพกิจกรรมจะเผยแพร่ในภายหลัง"),
    ("image_placeholder", "รูปภาพประกอบการบรรยายจัดส่งทางอีเมล"),
    ("credit", "ภาพถ่ายดาวเทียมแสดงพื้นที่ป่าที่ลดลงในช่วงสิบปีที่ผ่านมา"),
    ("credit", "ผู้เรียบเรียงรายงานฉบับนี้ได้รับรางวัลจากสมาคมนักข่าว"),
    ("gallery", "ภาพบรรยากาศการประชุมเป็นไปด้วยความเรียบร้อย"),
    ("gallery", "ภาพข่าวการลงพื้นที่ตรวจเยี่ยมผู้ประสบภัยของรัฐมนตรี"),
    ("ad_label", "โฆษณาประชาสัมพันธ์โครงการผ่านสื่อท้องถิ่นทุกช่องทาง"),
    ("view_count", "ภาพยนตร์ 3 เรื่องมีผู้ชมกว่า 1,000 การดูแลผู้ป่วยจึงสำคัญ"),
    ("published_raw", "ส่งโดยไปรษณีย์ลงทะเบียน เมื่อ 3 ต.ค. 2561 แล้วจึงได้รับหนังสือตอบกลับ"),
    ("read_time", "ใช้เวลาอ่านประมาณ 5 นาทีก่อนตอบแบบสอบถามทุกข้อ"),
    ("comment_count", "ความคิดเห็น 3 ประการของที่ประชุมได้ส่งต่อให้คณะกรรมการพิจารณา"),
    ("engagement_count", "แชร์ประสบการณ์การทำงาน 10 ปีของเจ้าหน้าที่"),
    ("engagement_count", "ถูกใจประชาชนในพื้นที่ 5 อำเภอ"),
    ("icon_count", "2567"),  # a number alone on its line is no icon's count
    ("source", "หน่วยงานกรมประมง ได้จัดงานวันประมงแห่งชาติ"),  # a sentence, no office field
    ("source", "ผู้ส่งข่าว : นายสมชาย ใจดี ได้กล่าวว่า ประชาชนควรระวัง"),
    ("icon_count", "ผลการแข่งขัน 3 2"),
    ("board_post", "ความคิดเห็นที่ 2 ของที่ประชุมคือให้เร่งรัดการเบิกจ่ายงบประมาณ"),
    ("attachment_line", "ไฟล์แนบ : ตามเอกสารที่ส่งมาพร้อมหนังสือนี้"),
    ("separator", "1. การประชุม ... ครั้งที่ 5"),
    ("separator", "-"),
    ("gallery_link", "ดูภาพยนตร์เรื่องใหม่ที่โรงภาพยนตร์ของจังหวัด"),
    ("markup_tag", "(หมายเหตุ: โครงการนี้ดำเนินการต่อเนื่องจากปีที่แล้ว)"),
    ("markup_tag", "fbpost: https://www.facebook.com/office/posts/1"),
    ("created", "สร้างเมื่อปี 2500 โดยพระราชดำริ ได้รับการบูรณะครั้งใหญ่เมื่อ 12 ก.ค. 2560"),
    ("relative_time", "เมื่อ 2 ปีที่แล้วมีการประชุมคณะกรรมการจังหวัด"),
    ("category", "ประเภทของโครงการ: การศึกษา ได้แก่ การอบรมครูและบุคลากรทางการศึกษาทั่วประเทศ"),
    ("release_number", "ข่าวประชาสัมพันธ์ ฉบับที่ 31/2567 กระทรวงพลังงานแจ้งผลการดำเนินงาน"),
    ("page_links", "หน้า 25 ของรายงานประจำปีระบุตัวเลขงบประมาณไว้ชัดเจน"),
    ("fiscal_year", "โครงการประจำปีงบประมาณ 2567 ของจังหวัดได้รับการอนุมัติแล้ว"),
    ("unfilled_counter", "อ่านครั้งเดียวก็เข้าใจได้ทันที"),
    ("server_error", "Warning: ประชาชนควรระวังอันตรายจากฝุ่นละอองในช่วงนี้"),
    ("byline", "ผู้ประกาศ : นายสมชาย ใจดี ผู้ว่าราชการจังหวัด"),
    ("byline", "12 มีนาคม 2567 โดย นายสมชาย ใจดี ผู้ว่าราชการจังหวัด เป็นประธาน"),
    (
        "byline",
        "เขียนโดยผู้เชี่ยวชาญด้านอุตสาหกรรมสีเขียว ซึ่งได้ศึกษาเรื่องนี้มาเป็นเวลานานกว่าสิบปี "
        "และได้ตีพิมพ์ผลงานวิจัยจำนวนมากในวารสารวิชาการระดับนานาชาติ",
    ),
]


def test_every_rule_has_cases() -> None:
    names = {rule.name for rule in LINE_RULES}
    assert names == {name for name, _, _ in REMOVES}
    assert names == {name for name, _ in KEEPS}
    assert all(rule.kind in ("drop", "data") and rule.gloss for rule in LINE_RULES)


@pytest.mark.parametrize(("name", "line", "data"), REMOVES, ids=[r[1] for r in REMOVES])
def test_rule_removes(name: str, line: str, data: dict[str, str] | None) -> None:
    found = match_line(line)
    assert found is not None
    assert name in found.rules
    assert found.data == (data or {})


@pytest.mark.parametrize(("name", "line"), KEEPS, ids=[k[1][:40] for k in KEEPS])
def test_rule_keeps(name: str, line: str) -> None:
    assert match_line(line) is None


def test_seed_footer_line_gives_both_parts() -> None:
    found = match_line("อ่าน 12660 ครั้ง ปรับปรุงล่าสุดเมื่อ 14 กุมภาพันธ์ 2560 10:14")
    assert found is not None
    assert found.rules == ["view_count", "modified_raw"]
    assert found.data == {"view_count": "12660", "modified_raw": "14 กุมภาพันธ์ 2560 10:14"}


def test_modified_then_views_on_one_line() -> None:
    found = match_line("ปรับปรุงล่าสุดเมื่อ 14 กุมภาพันธ์ 2560 10:14 | อ่าน 5 ครั้ง")
    assert found is not None
    assert found.data == {"modified_raw": "14 กุมภาพันธ์ 2560 10:14", "view_count": "5"}


@pytest.mark.parametrize(
    ("line", "title", "expected"),
    [
        ("ก.อุตสาหกรรม จับมือ UNIDO", "ก.อุตสาหกรรม จับมือ UNIDO", True),
        ("ก.อุตสาหกรรม  จับมือ unido", "ก.อุตสาหกรรม จับมือ UNIDO", True),
        ("ก.อุตสาหกรรม จับมือ UNIDO ผลักดันอุตสาหกรรมสีเขียว", "ก.อุตสาหกรรม จับมือ UNIDO", False),
        ("ก.อุตสาหกรรม จับมือ UNIDO", None, False),
    ],
)
def test_repeated_headline(line: str, title: str | None, expected: bool) -> None:
    assert is_repeated_headline(line, title) is expected


FURNITURE_HTML = [
    '<nav><a href="/">หน้าแรก</a></nav>',
    '<div class="moduletable"><h3>เมนูหลัก</h3></div>',
    '<div class="itemToolbar"><a class="itemPrintLink">พิมพ์</a></div>',
    '<div class="itemRatingBlock">Rate this item</div>',
    '<div class="itemSocialSharing">Facebook</div>',
    '<div class="itemLinks"><div class="itemCategory">Published in ข่าว</div></div>',
    '<div class="itemAuthorBlock">ผู้ดูแลระบบ</div>',
    '<div class="itemRelated">Related items</div>',
    '<div class="itemNavigation">More in this category</div>',
    '<div class="itemComments"><div class="itemCommentsLoginFirst">ล๊อคอิน</div></div>',
    '<div class="itemBackToTop"><a class="k2Anchor">back to top</a></div>',
    '<div class="itemContentFooter"><span class="itemHits">อ่าน <b>5</b> ครั้ง</span></div>',
    '<div class="itemExtraFields"><h3>ข้อมูลเพิ่มเติม</h3><ul><li>หน่วยงาน</li></ul></div>',
    '<span class="itemImageCaption">นายกรัฐมนตรีเป็นประธาน</span>',
    '<div class="itemVideoBlock"><h3>วิดีโอ</h3></div>',
    '<div class="itemImageGallery"><h3>แกลเลอรี่ภาพ</h3></div>',
    '<ul class="pagenav"><li><a>ก่อนหน้า</a></li></ul>',
    '<dl class="article-info"><dd>เขียนโดย ผู้ดูแล</dd></dl>',
    '<div class="sharedaddy">แชร์</div>',
    '<div id="jp-relatedposts" class="jp-relatedposts">ที่เกี่ยวข้อง</div>',
    '<nav class="navigation post-navigation">ข่าวก่อนหน้า</nav>',
    '<div id="comments" class="comments-area">ความคิดเห็น</div>',
    '<ul class="links inline"><li>Read more</li></ul>',
    "<script>var x = 'สคริปต์';</script>",
    "<style>.x { color: red }</style>",
    "<noscript>เปิดจาวาสคริปต์</noscript>",
    '<iframe src="https://www.facebook.com/plugins/like.php"></iframe>',
    '<form action="/search"><input name="q"><span>ค้นหา</span></form>',
    "<div hidden>ซ่อน</div>",
    '<div style="display:none">ซ่อนหนึ่ง</div>',
    '<div style="color: red; display: none">ซ่อนสอง</div>',
    '<span aria-hidden="true">ไอคอน</span>',
    '<span class="d-none"><span itemprop="name">ผู้ดูแลระบบ</span></span>',
    '<marquee scrollamount="3">ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบล</marquee>',
    "<footer>สงวนลิขสิทธิ์</footer>",
    "<header>หัวเว็บไซต์</header>",
]


@pytest.mark.parametrize("furniture", FURNITURE_HTML)
def test_dom_rules_drop(furniture: str) -> None:
    body = "<p>กระทรวงอุตสาหกรรมจัดประชุมนานาชาติเรื่องอุตสาหกรรมสีเขียว</p>"
    root = lxml.html.fromstring(f"<div>{body}{furniture}<p>ปิดท้าย</p></div>")
    removed = drop_furniture(root)
    assert len(removed) == 1
    text = root.text_content()
    assert text == "กระทรวงอุตสาหกรรมจัดประชุมนานาชาติเรื่องอุตสาหกรรมสีเขียวปิดท้าย"


def test_bootstrap_d_none_shown_again_at_a_breakpoint_stays() -> None:
    # d-none d-md-block: hidden on phones only, the page as a desktop browser shows it keeps it.
    root = lxml.html.fromstring('<div><p>ก</p><div class="d-none d-md-block">ข่าวเต็ม</div></div>')
    assert drop_furniture(root) == []
    assert root.text_content() == "กข่าวเต็ม"


def test_rich_selector_matches_no_other_element() -> None:
    # A rule too rich for the sets (d-none) is matched by element, not by id(): a freed
    # proxy's id, reused by another element of the walk, must not drop that element.
    items = "".join(f"<li>รายการ {i}</li>" for i in range(200))
    root = lxml.html.fromstring(f'<div><ul>{items}</ul><span class="d-none">ซ่อน</span></div>')
    found = find_furniture(root)
    assert [el.text for el in found] == ["ซ่อน"]


def test_dom_keeps_article_parts_and_tails() -> None:
    html = (
        '<div class="itemFullText"><p>ย่อหน้า<span class="print">พิมพ์</span>ต่อ</p>'
        '<ul class="itemTags"><li>แท็ก</li></ul><table><tr><td>ก</td></tr></table></div>'
    )
    root = lxml.html.fromstring(html)
    drop_furniture(root)
    assert root.text_content() == "ย่อหน้าต่อแท็กก"


def test_page_wide_form_is_kept() -> None:
    long_text = "ข่าวกระทรวงอุตสาหกรรม " * 50
    root = lxml.html.fromstring(
        f'<html><body><form id="aspnetForm"><p>{long_text}</p>'
        "</form><footer>ท้าย</footer></body></html>"
    )
    drop_furniture(root)
    assert root.find(".//form") is not None
    assert root.find(".//footer") is None


def test_selectors_listed_once() -> None:
    assert len(DOM_SELECTORS) == len(set(DOM_SELECTORS))


def test_region_selectors_are_tag_names() -> None:
    # drop_furniture iterates REGION_SELECTORS as tags: a class or attribute rule would be missed.
    assert all(sel.isalpha() and sel.islower() for sel in REGION_SELECTORS)


def test_find_furniture_matches_css_semantics() -> None:
    # The set-based matcher must pick exactly what the CSS rules select (outermost, page order).
    from lxml.cssselect import CSSSelector

    from pipelines.boilerplate import FURNITURE_SELECTORS, HIDDEN_SELECTORS, find_furniture

    html = (
        "<div><p>ข่าว</p>"
        + "".join(FURNITURE_HTML)
        + (
            '<div class="x menu y"><div class="share">ซ้อน</div></div>'
            '<div style="color:red">มองเห็น</div><div aria-hidden="false">มองเห็น</div>'
            '<div class="menus">ไม่ใช่เมนู</div><div id="sidebar-2">ไม่ใช่</div></div>'
        )
    )
    root = lxml.html.fromstring(html)
    css = CSSSelector(", ".join(HIDDEN_SELECTORS + FURNITURE_SELECTORS))
    expected, gone = [], set()
    for el in css(root):
        if el is not root and not any(a in gone for a in el.iterancestors()):
            gone.add(el)
            expected.append(el)
    assert find_furniture(root) == expected
    assert len(expected) > 20


def test_kept_wrapper_stays_but_its_furniture_goes() -> None:
    root = lxml.html.fromstring(
        '<div><div class="module"><p>เนื้อข่าว</p><div class="share">แชร์</div></div>'
        '<div class="module">เมนูอื่น</div></div>'
    )
    wrapper = root[0]
    drop_furniture(root, keep=frozenset({wrapper}))
    assert root.text_content() == "เนื้อข่าว"


def test_label_pattern_holds_every_label_of_a_field() -> None:
    # The labelled-item walk skips a scope whose text holds none of the field's labels: the
    # pattern must know every label the data rules read (here, each modified case above).
    labels = boilerplate.label_pattern("modified_raw")
    assert labels is not None
    for _, line, data in REMOVES:
        if "modified_raw" in (data or {}):
            assert labels.search(line), line
    assert not labels.search("อ่าน 1,234 ครั้ง 12/01/2567")
    assert boilerplate.label_pattern("view_count") is None  # "N views": the value comes first
