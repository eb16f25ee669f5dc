/**
 * The private calendar addresses (feed and invitation download). They are defined next to the chat command
 * that hands them out (the app layer imports no infrastructure) and re-exported here for the HTTP routes,
 * the booking messages and anything else on the infrastructure side.
 */
export { calendarFeedUrl, calendarInviteUrl } from '../../app/calendar/calendar-links.ts';
