#!/usr/bin/python3
"""Makes the two font subsets of this folder from Debian packages:
apt-get install fonts-arphic-uming fonts-arphic-gbsn00lp fonts-hanazono fonts-lxgw-wenkai python3-fonttools

arphic-uming-gb.ttf, the title face: AR PL UMing CN is a Ming (宋) face heavier than AR PL SungtiL GB, the
body face, so that the title stands out as a 小标宋 title does. The collection weighs 21 MB; the title
face keeps the characters of GB 2312 (those of the body face): rarer ones fall back to the other faces.

hanazono-extension.ttf, the last fallback: Hanazono covers every CJK extension block, but HanaMinA and
HanaMinB weigh 53 MB. The subset keeps all of Extension A, and of Extensions B and later the characters
that LXGW WenKai covers, which follows the 通用规范汉字表 (2013) and so holds the rare characters admitted
for names of people and places.

Both licences (Arphic Public License, Hanazono Font License) allow modified copies; each face is renamed
so that it is not mistaken for the original."""
from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTCollection, TTFont

FONTS = "/usr/share/fonts/truetype/"


def cut(font, codepoints):
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["FFTM", "BDF "]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    return font


def save_renamed(font, name, path):
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 16):
            record.string = name
        elif record.nameID == 6:
            record.string = name.replace(" ", "")
    font.save(path)


gb2312 = TTFont(FONTS + "arphic-gbsn00lp/gbsn00lp.ttf").getBestCmap().keys()
uming = next(face for face in TTCollection(FONTS + "arphic/uming.ttc").fonts
             if face["name"].getDebugName(4) == "AR PL UMing CN")
save_renamed(cut(uming, gb2312), "GovReport AR PL UMing GB", "arphic-uming-gb.ttf")

rare = [cp for cp in TTFont(FONTS + "lxgw-wenkai/LXGWWenKai-Regular.ttf").getBestCmap() if cp >= 0x20000]
cut(TTFont(FONTS + "hanazono/HanaMinA.ttf"), range(0x3400, 0x4DC0)).save("/tmp/hana-a.ttf")
cut(TTFont(FONTS + "hanazono/HanaMinB.ttf"), rare).save("/tmp/hana-b.ttf")
save_renamed(Merger().merge(["/tmp/hana-a.ttf", "/tmp/hana-b.ttf"]), "GovReport Hanazono Extension",
             "hanazono-extension.ttf")
