from fontTools.ttLib import TTFont
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
f = TTFont('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
gs = f.getGlyphSet(); cmap = f.getBestCmap(); upm = f['head'].unitsPerEm
kommuner = {510:("Haderslev","HA","#1F4E79","#F2C14E"),657:("Herning","HE","#0B6E4F","#F4F1DE"),
            167:("Hvidovre","HV","#6A1B4D","#F6C28B"),615:("Horsens","HO","#8C2F39","#F7E1D7"),
            661:("Holstebro","HB","#234E70","#FBF8BE"),169:("Høje-Taastrup","HT","#3D405B","#81B29A")}
def text_path(s, size, cx, baseline):
    scale = size/upm; width = sum(gs[cmap[ord(c)]].width for c in s)*scale
    x = cx - width/2; out=[]
    for c in s:
        g = gs[cmap[ord(c)]]; pen = SVGPathPen(gs)
        g.draw(TransformPen(pen, (scale,0,0,-scale,x,baseline))); out.append(pen.getCommands()); x += g.width*scale
    return " ".join(out)
for kode,(navn,ini,c1,c2) in kommuner.items():
    ipath = text_path(ini, 40, 60, 72)
    npath = text_path(navn.upper(), 10 if len(navn)<10 else 8, 60, 136)
    svg = f'''<svg xmlns="http://www.w3.org/2000/svg" width="120" height="140" viewBox="0 0 120 140">
  <!-- Placeholder emblem for {navn} Kommune ({kode}), not the real coat of arms. Letters are outlines (no font needed). -->
  <path d="M10 6 H110 V60 C110 94 86 110 60 122 C34 110 10 94 10 60 Z" fill="{c1}" stroke="{c2}" stroke-width="4"/>
  <path d="M26 88 C44 80 76 80 94 88" fill="none" stroke="{c2}" stroke-width="3"/>
  <path d="{ipath}" fill="{c2}"/>
  <path d="{npath}" fill="{c1}"/>
</svg>
'''
    open(f'{kode}.svg','w').write(svg)
