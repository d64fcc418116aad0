import type { LongDistanceSettings } from "../../config.ts";
import type { Directory, Language, Staff } from "../../rules/directory.ts";
import {
  classifyNumber,
  decideRequest,
  formatNumber,
  homeOf,
  TOLL_CLASS_NAMES,
} from "../../rules/toll.ts";
import { newRequest } from "../../store/long-distance.ts";
import type { SqlStatement } from "../../store/sql.ts";

/**
 * An outside number asked for on the phone: a staff member recognised by caller ID makes a
 * long-distance request for approval. Nothing here ever dials what a caller says.
 */

/** The person calling, when their caller ID is a staff desk or mobile in the directory. */
export function staffByCallerId(dir: Directory, from: string): Staff | undefined {
  if (!from) return undefined;
  return dir.staff.find((s) => s.desk === from || s.mobile === from);
}

const E = (zh: string, en: string) => ({ zh, en }) as Record<Language, string>;

export const longDistanceSay = {
  askNumber: E(
    "请用电话按键输入您要拨打的号码，以井号键结束。",
    "Please key in the number you need, followed by the pound key.",
  ),
  notANumber: E("抱歉，这不是一个有效的电话号码。", "I'm sorry, that is not a valid phone number."),
  requested: (number: string, kind: { zh: string; en: string }) =>
    E(
      `您拨打 ${number} 的${kind.zh}申请已提交审批。批准后，系统会先回拨您的座机，再为您接通。`,
      `Your request for a ${kind.en} call to ${number} has been sent for approval. Once it is approved, we will call your desk back and connect you.`,
    ),
  noApproval: E(
    "这个号码是市话，不需要审批，请直接从您的座机拨打。",
    "That is a local number and needs no approval: please dial it from your desk.",
  ),
  premium: E(
    "抱歉，这个号码属于高额付费、卫星或高风险号码，不能申请拨打。",
    "I'm sorry, that number is premium-rate, satellite or a known fraud range, and can't be requested.",
  ),
  emergency: E(
    "紧急电话请直接拨打，不需要申请。",
    "For an emergency number, please dial it directly; it needs no request.",
  ),
};

export interface PhoneRequestAnswer {
  /** What the caller hears. */
  text: Record<Language, string>;
  /** Ask for the number again rather than end the call. */
  retry: boolean;
  detail: Record<string, unknown>;
  /** The request and its post and audit entry, for the step's unit; none when none is made. */
  effects: SqlStatement[];
}

/**
 * A staff member recognised by caller ID asked for an outside number: the request is created
 * for approval (requester: them; reason: what they said). Premium, emergency and local
 * numbers make no request.
 */
export function requestByPhone(input: {
  /** Whether this call has made its request already: a call makes one at most. */
  requested: boolean;
  dir: Directory;
  staff: Staff;
  callSid: string;
  number: string;
  reason: string;
  private: boolean;
  settings: LongDistanceSettings;
  now: Date;
}): PhoneRequestAnswer {
  const classification = classifyNumber(input.number, homeOf(input.dir.organisation));
  const decision = decideRequest(classification, input.settings.approvalClasses);
  const detail = { staff: input.staff.key, classification };
  if (decision.kind === "refused") {
    const c = classification.class;
    if (c === "invalid") {
      return { text: longDistanceSay.notANumber, retry: true, detail, effects: [] };
    }
    return {
      text: c === "emergency" ? longDistanceSay.emergency : longDistanceSay.premium,
      retry: false,
      detail,
      effects: [],
    };
  }
  if (decision.kind === "no_approval_needed") {
    return { text: longDistanceSay.noApproval, retry: false, detail, effects: [] };
  }
  const text = longDistanceSay.requested(
    formatNumber(decision.e164),
    TOLL_CLASS_NAMES[classification.class],
  );
  if (input.requested) {
    return {
      text,
      retry: false,
      detail: { ...detail, request: "already requested on this call" },
      effects: [],
    };
  }
  const request = newRequest(
    {
      source: "ivr",
      sourceCallSid: input.callSid,
      requesterKey: input.staff.key,
      requesterName: input.staff.name.zh ?? input.staff.name.en,
      requesterSlackId: input.staff.slackUserId ?? null,
      department: input.staff.department,
      destination: decision.e164,
      region: classification.region,
      tollClass: classification.class,
      reason: input.reason.slice(0, 500),
      private: input.private,
    },
    input.now,
    input.settings.requestMinutes,
    {
      actor: input.staff.slackUserId ?? `staff:${input.staff.key}`,
      detail: {
        via: "ivr",
        callSid: input.callSid,
        destination: decision.e164,
        class: classification.class,
        private: input.private,
      },
    },
  );
  return {
    text,
    retry: false,
    detail: { ...detail, request: request.id },
    effects: request.statements,
  };
}
