#!/usr/bin/env node
// Prints the rules table of README.md from the rule data (src/rules), so the README never restates a threshold
// by hand: test/readme.test.ts checks that README.md contains exactly this output.
"use strict";
const { RULE_SETS, TEN_LOAI_DON_VI, yeuCauChiTieu } = require("../dist/node/rules");

function apDungChu(apDung) {
  const all = Object.keys(TEN_LOAI_DON_VI);
  const code = (list) => list.map((l) => `\`${l}\``).join(", ");
  const congLap = apDung.chiCongLap || [];
  const always = apDung.loai.filter((l) => !congLap.includes(l));
  if (always.length === all.length) return "mọi đơn vị";
  if (always.length === all.length - 1) return `mọi đơn vị trừ \`${all.find((l) => !always.includes(l))}\``;
  return [always.length ? code(always) : "", congLap.length ? `khi công lập: ${code(congLap)}` : ""].filter(Boolean).join("; ");
}

function rulesTable() {
  const lines = [];
  for (const rs of Object.values(RULE_SETS)) {
    lines.push(`**${rs.ten}** — bộ \`${rs.id}\`, ${rs.chiTieu.length} chỉ tiêu`, "");
    lines.push(`| Chỉ tiêu | Nội dung | ${rs.chamDiem ? "Cách cho điểm" : "Yêu cầu"} | Áp dụng cho | Căn cứ |`, "|---|---|---|---|---|");
    for (const d of rs.chiTieu) {
      lines.push(`| ${d.id} | ${d.noiDungNgan} | ${yeuCauChiTieu(d)} | ${apDungChu(d.apDung)} | ${d.canCu} |`);
    }
    if (rs.chamDiem) {
      const c = rs.chamDiem;
      const hang = c.xepLoai.map((x, i) => (i < c.xepLoai.length - 1 ? `**${x.ten}** từ ${x.tu}` : `**${x.ten}**: còn lại`)).join("; ");
      lines.push("", `Tổng tối đa ${c.diemToiDa} điểm. Xếp loại: ${hang} (${c.canCu}).`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

module.exports = { rulesTable };
if (require.main === module) process.stdout.write(rulesTable());
