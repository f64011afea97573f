/** How long a ticket has waited, for the agent queues: "45分钟", "5小时", "3天4小时". */
export function waitingText(createdAt: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}分钟`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}小时`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days}天${hours % 24}小时` : `${days}天`;
}

/** The SLA countdown in calendar days to the due date (Asia/Shanghai): "今日到期", "还剩3天", "超期2天". */
export function countdownText(dueDate: string | null, today: string): { text: string; overdue: boolean } | null {
  if (!dueDate) return null;
  const days = Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return { text: `超期${-days}天`, overdue: true };
  if (days === 0) return { text: "今日到期", overdue: false };
  return { text: `还剩${days}天`, overdue: false };
}
