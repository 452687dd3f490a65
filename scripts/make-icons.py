# Draws the add-in icon (an open book on Office green) at the sizes the manifest needs, as plain PNG.
import struct, zlib
def png(path, size):
    bg=(33,115,70); fg=(255,255,255); line=(33,115,70)
    rows=[]
    for y in range(size):
        row=bytearray()
        for x in range(size):
            u=(x+0.5)/size; v=(y+0.5)/size
            r=0.18
            # rounded square
            dx=max(abs(u-0.5)-0.5+r,0); dy=max(abs(v-0.5)-0.5+r,0)
            inside=(dx*dx+dy*dy)<=r*r
            c=(0,0,0,0)
            if inside:
                c=bg+(255,)
                # open book: two pages
                if 0.28<v<0.74 and 0.16<u<0.84 and abs(u-0.5)>0.03:
                    sag=0.06*(1-abs(u-0.5)/0.34)
                    if v>0.28+sag*0.0 and v<0.74-sag:
                        c=fg+(255,)
                        # text lines on pages
                        for ly in (0.40,0.50,0.60):
                            if abs(v-ly)<0.018 and 0.22<u<0.78 and abs(u-0.5)>0.09 and size>=32:
                                c=line+(255,)
            row+=bytes(c)
        rows.append(b'\x00'+bytes(row))
    raw=b''.join(rows)
    def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d)&0xffffffff)
    data=b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',size,size,8,6,0,0,0))+chunk(b'IDAT',zlib.compress(raw,9))+chunk(b'IEND',b'')
    open(path,'wb').write(data)
for s in (16,32,64,80,128):
    png(f'assets/icon-{s}.png', s)
