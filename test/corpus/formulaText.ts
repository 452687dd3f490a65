/** Texts Excel would take for a formula if stored carelessly (or whose leading apostrophe it would swallow). */
export const GIONG_CONG_THUC = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "'trích dẫn"];
