/* global Office, document */
/** Task pane entry. It lists the indicators of the chosen rule set from src/rules; injection comes with the add-in issue. */
import { RULE_SETS, yeuCauChiTieu } from "../rules";

function renderChiTieu(container: HTMLElement): void {
  const ruleSet = RULE_SETS["tt24-huyen"];
  const list = document.createElement("ol");
  for (const def of ruleSet.chiTieu) {
    const item = document.createElement("li");
    item.textContent = `${def.id} ${def.noiDungNgan} — ${yeuCauChiTieu(def, undefined, "gon")}`;
    list.appendChild(item);
  }
  container.replaceChildren(list);
}

Office.onReady(() => {
  document.getElementById("trang-thai")!.textContent = "Bộ tiêu chí “Đơn vị học tập” cấp huyện (Thông tư 24/2023/TT-BGDĐT)";
  renderChiTieu(document.getElementById("tieu-chi")!);
});
