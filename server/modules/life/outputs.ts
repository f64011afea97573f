import { z } from "zod";

/*
 * The `.output()` shapes of the life routers: what each procedure may send, nothing more (names and ID numbers
 * leave masked; staff lists that need a full name say so).
 */

export const ZSlotState = z.enum(["open", "not_open", "full", "closed", "withdrawn"]);

export const ZHospitalListItem = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  level: z.string(),
  type: z.string(),
  district: z.string(),
  address: z.string(),
  summary: z.string(),
  departmentCount: z.number(),
});

export const ZDepartment = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  category: z.string(),
  summary: z.string(),
  location: z.string().nullable(),
});

export const ZHospital = ZHospitalListItem.omit({ departmentCount: true }).extend({
  phone: z.string().nullable(),
  foundedYear: z.number().nullable(),
  dataNote: z.string(),
  departments: z.array(ZDepartment),
});

export const ZScheduleSlot = z.object({
  id: z.number(),
  startsAt: z.date(),
  endsAt: z.date(),
  feeFen: z.number(),
  session: z.string().nullable(),
  state: ZSlotState,
  remaining: z.number(),
  opensAt: z.date(),
});

export const ZSchedule = z.object({
  hospital: z.object({ code: z.string(), name: z.string(), address: z.string() }),
  department: ZDepartment,
  days: z.array(
    z.object({
      date: z.string(),
      weekday: z.number(),
      doctors: z.array(
        z.object({ id: z.number(), name: z.string(), title: z.string(), specialty: z.string(), slots: z.array(ZScheduleSlot) }),
      ),
    }),
  ),
  releaseTime: z.string(),
  bookingDays: z.number(),
});

export const ZBookingStatus = z.enum(["active", "cancelled", "used", "no_show"]);

export const ZAppointmentListItem = z.object({
  id: z.number(),
  confirmationNo: z.string(),
  status: ZBookingStatus,
  serviceDate: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  feeFen: z.number(),
  patientNameMasked: z.string(),
  hospitalName: z.string(),
  departmentName: z.string(),
  doctorName: z.string(),
  doctorTitle: z.string(),
  upcoming: z.boolean(),
  canCancel: z.boolean(),
});

export const ZAppointment = z.object({
  id: z.number(),
  confirmationNo: z.string(),
  status: ZBookingStatus,
  serviceDate: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  session: z.string().nullable(),
  feeFen: z.number(),
  patientNameMasked: z.string(),
  doctorName: z.string(),
  doctorTitle: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  departmentLocation: z.string().nullable(),
  hospitalName: z.string(),
  hospitalCode: z.string(),
  hospitalAddress: z.string(),
  createdAt: z.date(),
  cancelledAt: z.date().nullable(),
  cancelDeadline: z.date(),
  canCancel: z.boolean(),
});

export const ZSlotDetail = z.object({
  id: z.number(),
  serviceDate: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  feeFen: z.number(),
  session: z.string().nullable(),
  state: ZSlotState,
  remaining: z.number(),
  opensAt: z.date(),
  cancelDeadline: z.date(),
  cancelHours: z.number(),
  cancellableOnline: z.boolean(),
  doctorName: z.string(),
  doctorTitle: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  departmentLocation: z.string().nullable(),
  hospitalName: z.string(),
  hospitalCode: z.string(),
  hospitalAddress: z.string(),
});

export const ZSuspension = z.object({ familyMemberId: z.number().nullable(), nameMasked: z.string(), until: z.date(), reason: z.string() });

export const ZDayList = z.object({
  hospitalId: z.number(),
  hospitalName: z.string(),
  date: z.string(),
  /** Staff see the patient's full name: they check it against the ID card at the desk. */
  items: z.array(
    z.object({
      id: z.number(),
      confirmationNo: z.string(),
      status: z.string(),
      patientName: z.string(),
      startsAt: z.date(),
      endsAt: z.date(),
      doctorName: z.string(),
      departmentName: z.string(),
    }),
  ),
});

export const ZAttendance = z.object({ status: ZBookingStatus, suspendedUntil: z.date().nullable() });

export const ZFamilyMember = z.object({
  id: z.number(),
  relation: z.string(),
  relationName: z.string(),
  nameMasked: z.string(),
  idMasked: z.string(),
  birthDate: z.string().nullable(),
  gender: z.enum(["male", "female"]),
});

export const ZCard = z.object({
  cardNoMasked: z.string(),
  holderNameMasked: z.string(),
  status: z.string(),
  statusName: z.string(),
  balanceFen: z.number(),
  issuedOn: z.string(),
  functions: z.array(z.object({ code: z.string(), name: z.string() })),
  statusChangedAt: z.date().nullable(),
});

export const ZCardTransactions = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      occurredAt: z.date(),
      type: z.string(),
      typeName: z.string(),
      amountFen: z.number(),
      balanceAfterFen: z.number(),
      place: z.string(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const ZOutlet = z.object({ id: z.number(), name: z.string(), district: z.string(), address: z.string(), hours: z.string() });

export const ZCentre = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  district: z.string(),
  street: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  hours: z.string(),
  services: z.array(z.string()),
  serviceNames: z.array(z.string()),
});

const careRequestFields = {
  id: z.number(),
  requestNo: z.string(),
  serviceType: z.string(),
  serviceName: z.string(),
  scheduledAt: z.date(),
  address: z.string(),
  contactPhone: z.string(),
  note: z.string().nullable(),
  status: z.string(),
  statusName: z.string(),
  centreId: z.number(),
  centreName: z.string(),
  centrePhone: z.string().nullable(),
  elderNameMasked: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
};

export const ZCareRequestItem = z.object(careRequestFields);
export const ZCareRequestDetail = z.object({
  ...careRequestFields,
  events: z.array(z.object({ toStatus: z.string(), statusName: z.string(), note: z.string().nullable(), at: z.date() })),
});
/** The centre's queue: staff serve the elder in person and see the full name. */
export const ZCareQueueItem = z.object({ ...careRequestFields, elderName: z.string() });

const ZContact = z.object({ name: z.string(), relation: z.string(), phone: z.string() });

export const ZElderCardRow = z.object({
  id: z.number(),
  familyMemberId: z.number().nullable(),
  token: z.string().nullable(),
  tokenIssuedAt: z.date().nullable(),
  visibleFields: z.array(z.string()),
  displayName: z.string(),
  emergencyContacts: z.array(ZContact),
  bloodType: z.string().nullable(),
  allergies: z.string().nullable(),
  communityName: z.string().nullable(),
  revokedAt: z.date().nullable(),
  updatedAt: z.date(),
});

export const ZPublicElderCard = z
  .object({
    name: z.string().optional(),
    emergencyContacts: z.array(ZContact).optional(),
    bloodType: z.string().optional(),
    allergies: z.string().optional(),
    community: z.string().optional(),
  })
  .strict();

export const ZSpotListItem = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  district: z.string(),
  address: z.string(),
  rating: z.string().nullable(),
  summary: z.string(),
  highlights: z.array(z.string()),
  openTime: z.string(),
  closeTime: z.string(),
  lastEntryTime: z.string(),
  hoursNote: z.string(),
  dailyCapacity: z.number(),
  transit: z.string(),
  nearbyStops: z.array(z.string()),
  dataNote: z.string(),
  fromPriceFen: z.number().nullable(),
});

export const ZSpot = ZSpotListItem.omit({ fromPriceFen: true }).extend({
  /** The nearby stops the transit feed knows, for links to /transport/stops/{id}. */
  stops: z.array(z.object({ id: z.string(), name: z.string() })),
  ticketTypes: z.array(z.object({ code: z.string(), name: z.string(), priceFen: z.number(), eligibility: z.string() })),
  days: z.array(z.object({ slotId: z.number(), date: z.string(), state: ZSlotState, remaining: z.number(), opensAt: z.date().optional() })),
});

export const ZTicket = z.object({
  id: z.number(),
  confirmationNo: z.string(),
  status: ZBookingStatus,
  date: z.string(),
  ticketType: z.string().nullable(),
  feeFen: z.number(),
  visitorNameMasked: z.string(),
  spotCode: z.string(),
  spotName: z.string(),
  spotAddress: z.string(),
  lastEntry: z.date(),
  canCancel: z.boolean(),
  qrSvg: z.string().nullable(),
});

export const ZTicketListItem = z.object({
  id: z.number(),
  confirmationNo: z.string(),
  status: ZBookingStatus,
  date: z.string(),
  ticketType: z.string().nullable(),
  feeFen: z.number(),
  visitorNameMasked: z.string(),
  spotName: z.string(),
});

export const ZTicketCheck = z.object({
  confirmationNo: z.string(),
  visitorNameMasked: z.string(),
  ticketType: z.string().nullable(),
  status: z.literal("used"),
});

export const ZFundAccount = z.object({
  accountNoMasked: z.string(),
  holderNameMasked: z.string(),
  employer: z.string(),
  status: z.string(),
  statusName: z.string(),
  balanceFen: z.number(),
  depositBaseFen: z.number(),
  personalRateBp: z.number(),
  employerRateBp: z.number(),
  monthlyDepositFen: z.number(),
  openedOn: z.string(),
});

export const ZFundEntries = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      occurredOn: z.string(),
      period: z.string().nullable(),
      type: z.string(),
      typeName: z.string(),
      amountFen: z.number(),
      balanceAfterFen: z.number(),
      note: z.string().nullable(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const ZWifiPlace = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  category: z.string(),
  district: z.string(),
  address: z.string(),
  ssid: z.string(),
  hours: z.string(),
});
