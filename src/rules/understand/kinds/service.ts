import type { Kind, KindWords } from "./kind.ts";

/**
 * What the customers of a carrier, a courier or any business that answers for goods in its care
 * say when something was damaged or lost and they want it made good: a claim.
 */
export const SERVICE_KINDS = {
  claims: {
    of: "company",
    names: {
      zh: "理赔部|理赔|理赔中心|理赔组|理赔科|理赔服务部|客户理赔部|货损理赔部|索赔部|赔付部|保险理赔部|异常件处理中心|差错处理部",
      en: "claims|claims department|claims team|claims desk|claims office|claims handling|cargo claims|insurance claims|loss and damage",
    },
    says: {
      zh: "赔偿|赔付|赔钱|谁赔|谁来赔|谁负责赔|怎么赔|赔多少|要求赔|申请赔|能不能赔|保价|保险理赔|理赔材料|理赔申请|理赔进度|索赔单|赔偿金|出险|定损|报损|货损|货物损坏|货物破损|货坏了|货都坏了|东西坏了|东西都坏了|外包装破损|箱子破了|箱子压坏|压坏|压扁|压烂|摔坏|摔碎|碰坏|泡水|泡了|进水了|受潮|淋湿|丢件|丢了件|件丢了|货丢了|货物丢失|包裹丢了|快递丢了|少件|少了一件|短少|短装|缺件",
      en: "compensation|compensate|compensated|file a claim|make a claim|lodge a claim|submit a claim|put in a claim|claim form|claim status|my claim|our claim|insurance claim|cargo claim|who pays|who will pay|who is paying|who is responsible|liable|liability|damaged in transit|arrived damaged|goods damaged|goods were damaged|cargo damaged|cargo was damaged|damaged goods|damaged cargo|damaged shipment|damaged parcel|damaged package|crushed|smashed|water damage|water damaged|soaked|lost parcel|lost package|lost shipment|lost cargo|lost in transit|went missing|gone missing|is missing|are missing|missing parcel|missing package|short shipped|short delivered|shortage|declared value|insured value",
    },
    fallback: ["after_sales"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
