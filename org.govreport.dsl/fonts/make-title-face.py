#!/usr/bin/python3
"""Makes arphic-uming-gb.ttf, the title face of the PDF, from Debian's fonts-arphic-uming and
fonts-arphic-gbsn00lp (apt-get install fonts-arphic-uming fonts-arphic-gbsn00lp python3-fonttools).

AR PL UMing CN is a Ming (宋) face heavier than AR PL SungtiL GB, the body face, so that the title stands
out as a 小标宋 title does. The collection weighs 21 MB; the title face keeps the characters of GB 2312
(those of the body face), since rarer characters fall back to the other faces. The Arphic Public License
allows modified copies under the same licence; the face is renamed so that it is not mistaken for the
original."""
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
GB = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
NAME = "GovReport AR PL UMing GB"

font = next(face for face in TTCollection(UMING).fonts if face["name"].getDebugName(4) == "AR PL UMing CN")
options = subset.Options()
options.hinting = False
options.layout_features = []
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=TTFont(GB).getBestCmap().keys())
subsetter.subset(font)
for record in font["name"].names:
    if record.nameID in (1, 3, 4, 16):
        record.string = NAME
    elif record.nameID == 6:
        record.string = NAME.replace(" ", "")
font.save("arphic-uming-gb.ttf")
