/** Minh chứng texts as clerks paste them (Word, web pages, Alt+Enter), and whether each cites a code. */
export const BIEN_THE_MINH_CHUNG: readonly { moTa: string; text: string; coMinhChung: boolean }[] = [
  { moTa: "rỗng", text: "", coMinhChung: false },
  { moTa: "U+00A0", text: "\u00A0", coMinhChung: false },
  { moTa: "“,”", text: ",", coMinhChung: false },
  { moTa: "“;”", text: ";", coMinhChung: false },
  { moTa: "“, ;”", text: ", ;", coMinhChung: false },
  { moTa: "xuống dòng", text: "\n", coMinhChung: false },
  { moTa: "tab", text: "\t", coMinhChung: false },
  { moTa: "U+200B", text: "\u200B", coMinhChung: false },
  { moTa: "“ MC1 ”", text: " MC1 ", coMinhChung: true },
  { moTa: "“MC1;MC2”", text: "MC1;MC2", coMinhChung: true },
  { moTa: "“MC1⏎MC2”", text: "MC1\nMC2", coMinhChung: true },
  { moTa: "U+00A0 MC1 U+00A0", text: "\u00A0MC1\u00A0", coMinhChung: true },
];
