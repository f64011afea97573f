import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export type IcsEvent = {
  /** Globally unique and stable for the booking, e.g. `GH2026120900000123@nantong.gov.cn`. */
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location?: string;
  description?: string;
  /** Link back to the booking page. */
  url?: string;
  /** Minutes before the start for a reminder (none when omitted). */
  alarmMinutesBefore?: number;
  /** DTSTAMP; defaults to now. */
  stamp?: Date;
  cancelled?: boolean;
};

/**
 * An RFC 5545 calendar file with one event ("add to calendar" for an appointment or a ticket). Times are
 * written in UTC (…Z), which every calendar converts to the reader's zone, so no VTIMEZONE is needed.
 * ical-generator escapes TEXT values (`,` `;` `\` newlines) and folds lines at 75 octets without splitting
 * a multi-byte character, which matters for Chinese text.
 */
export function bookingIcs(event: IcsEvent): string {
  const cal = ical({
    prodId: { company: "智慧南通", product: "booking", language: "ZH" },
    method: ICalCalendarMethod.PUBLISH,
  });
  const e = cal.createEvent({
    id: event.uid,
    start: event.startsAt,
    end: event.endsAt,
    stamp: event.stamp ?? new Date(),
    summary: event.title,
    location: event.location ?? null,
    description: event.description ?? null,
    url: event.url ?? null,
  });
  e.status(event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED);
  if (event.alarmMinutesBefore)
    e.createAlarm({ type: ICalAlarmType.display, trigger: event.alarmMinutesBefore * 60, description: event.title });
  return cal.toString();
}
