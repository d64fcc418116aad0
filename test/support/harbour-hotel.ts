import { type Directory, directorySchema } from "../../src/rules/directory.ts";

/**
 * A hotel written for the wake-up tests from docs/directory.md, not the demo: its PBX shows rooms
 * as direct numbers, as extensions and over SIP, two guests share a room, one is incognito.
 */
export const harbourHotel = {
  organisation: {
    key: "harbour",
    name: { zh: "海港酒店", en: "Harbour Hotel" },
    kind: "hotel",
    timezone: "Asia/Shanghai",
    mainNumber: "+862188880000",
    pbxNumber: "+862188880001",
    greeting: { zh: "您好", en: "Hello" },
    farewell: { zh: "再见", en: "Goodbye" },
    operatorDepartment: "operator",
    emergencyDepartment: "operator",
    complaintsDepartment: "operator",
    roomCallerId: {
      patterns: ["+86218888{room}", "{room}", "sip:{room}@pbx.harbour.example"],
      numbers: { "+862188889999": "0101" },
    },
    wakeUp: { department: "front_desk", attempts: 4 },
  },
  departments: [
    { key: "operator", name: { zh: "总机", en: "Operator" }, numbers: ["+862188880100"] },
    { key: "front_desk", name: { zh: "前台", en: "Front Desk" }, numbers: ["+862188880101"] },
  ],
  guests: [
    { key: "liu_yang", name: "刘洋", room: "1208" },
    { key: "emily_carter", name: "Emily Carter", room: "0816" },
    { key: "zhao_min", name: "赵敏", room: "1502", incognito: true },
    { key: "wang_fang", name: "王芳", room: "1301" },
    { key: "li_lei", name: "李雷", room: "1301" },
    { key: "chen_jie", name: "Chen Jie", room: "0101" },
  ],
};
/** The same, as the rules see it. */
export const harbour: Directory = directorySchema.parse(harbourHotel);
