import { SummaryList, type SummaryRow } from "@/components/ui/summary-list";

type View = {
  name?: string;
  emergencyContacts?: { name: string; relation: string; phone: string }[];
  bloodType?: string;
  allergies?: string;
  community?: string;
};

/** What a finder sees: only the fields present (the service never sends an unchosen one). */
export function ElderCardView({ card, compact = false }: { card: View; compact?: boolean }) {
  const rows: SummaryRow[] = [];
  if (card.name) rows.push(["姓名", card.name]);
  if (card.emergencyContacts?.length)
    rows.push([
      "紧急联系人",
      <ul key="c" className="space-y-1">
        {card.emergencyContacts.map((c) => (
          <li key={c.phone}>
            {c.name}（{c.relation}）{" "}
            <a href={`tel:${c.phone}`} className={compact ? "font-semibold" : "inline-flex min-h-tap items-center font-semibold underline"}>
              {c.phone}
            </a>
          </li>
        ))}
      </ul>,
    ]);
  if (card.bloodType) rows.push(["血型", card.bloodType]);
  if (card.allergies) rows.push(["过敏史", card.allergies]);
  if (card.community) rows.push(["所在社区", card.community]);
  return <SummaryList rows={rows} />;
}
