#!/usr/bin/python3
"""Makes hanazono-extension.ttf, the fallback face of the PDF, from Debian's fonts-hanazono and
fonts-lxgw-wenkai (apt-get install fonts-hanazono fonts-lxgw-wenkai python3-fonttools).

Hanazono covers every CJK extension block, but HanaMinA and HanaMinB together weigh 53 MB. The fallback
keeps what reports plausibly need beyond GB 2312: all of Extension A from HanaMinA, and of Extensions B
and later the characters that LXGW WenKai covers, which follows the 通用规范汉字表 (2013) and so holds
the rare characters admitted for names of people and places. Hanazono's licence allows modified copies;
the face is renamed so that it is not mistaken for the original."""
from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

HANAZONO = "/usr/share/fonts/truetype/hanazono/"
WENKAI = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
NAME = "GovReport Hanazono Extension"


def cut(path, codepoints, out):
    font = TTFont(path)
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    font.save(out)


extension_a = range(0x3400, 0x4DC0)
rare = [cp for cp in TTFont(WENKAI).getBestCmap() if cp >= 0x20000]
cut(HANAZONO + "HanaMinA.ttf", extension_a, "/tmp/hana-a.ttf")
cut(HANAZONO + "HanaMinB.ttf", rare, "/tmp/hana-b.ttf")
merged = Merger().merge(["/tmp/hana-a.ttf", "/tmp/hana-b.ttf"])
for record in merged["name"].names:
    if record.nameID in (1, 3, 4, 16):
        record.string = NAME
    elif record.nameID == 6:
        record.string = NAME.replace(" ", "")
merged.save("hanazono-extension.ttf")
