/** What every message of the corpora must look like: Vietnamese, with its diacritics, and none of the libraries' English. */
export const CO_DAU = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;
export const TIENG_ANH = /\b(Expected|Invalid|Required|received|must be|Unrecognized|undefined|NaN|Error|Cannot|failed)\b/;
