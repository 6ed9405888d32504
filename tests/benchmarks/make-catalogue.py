#!/usr/bin/env python3
"""Writes a synthetic catalogue of N items as CSV (UTF-8 with BOM, GKML's export header).

Usage: make-catalogue.py N OUT.csv [--withheld-every K]
The rows are built from the 民政 standard items with numbered variants, so text lengths and the
mix of multi-line cells look like a real county catalogue. Deterministic (no randomness)."""
import csv
import sys

BASE = [
    ("社会救助", "综合业务", "政策法规文件", "《社会救助暂行办法》\n各地配套政策法规文件"),
    ("社会救助", "最低生活保障", "办事指南", "办理事项\n办理条件\n最低生活保障标准\n申请材料\n办理流程\n办理时间、地点\n联系方式"),
    ("社会救助", "最低生活保障", "审核信息", "初审对象名单及相关信息"),
    ("社会救助", "特困人员救助供养", "审批信息", "特困人员名单及相关信息"),
    ("社会救助", "临时救助", "审核审批信息", "支出型临时救助对象名单\n救助金额\n救助事由"),
    ("养老服务", "养老服务通用政策", "养老服务扶持政策措施清单", "扶持政策措施名称\n扶持对象\n实施部门\n扶持政策措施内容和标准"),
    ("养老服务", "养老服务业务办理", "养老机构备案", "备案申请材料清单及样式\n备案流程\n办理部门\n办理时限\n办理时间、地点\n咨询电话"),
    ("养老服务", "养老服务业务办理", "老年人补贴", "老年人补贴名称(高龄津贴、养老服务补贴、护理补贴等)\n各项老年人补贴依据\n办理流程"),
]
HEADER = ["领域", "序号", "一级事项", "二级事项", "三级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
          "公开渠道和载体", "公开对象", "特定群体说明", "公开方式", "公开层级", "五公开环节", "责任股室", "不予公开",
          "不予公开依据", "备注"]


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    withheld_every = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--withheld-every" else 0
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADER)
        for i in range(n):
            domain, l1, l2, content = BASE[i % len(BASE)]
            withheld = withheld_every and i % withheld_every == withheld_every - 1
            w.writerow([domain, i + 1, l1, f"{l2}（第{i + 1}项）", "", content, "《信息公开条例》及相关规定",
                        "制定或获取信息之日起10个工作日内", "县级人民政府民政部门、乡镇人民政府(街道办事处)",
                        "政府网站、公开查阅点、政务服务中心", "全社会", "", "主动", "县级、乡级", "",
                        "社会救助股" if domain == "社会救助" else "养老服务股", "是" if withheld else "否",
                        "《条例》第十五条" if withheld else "", ""])


if __name__ == "__main__":
    main()
