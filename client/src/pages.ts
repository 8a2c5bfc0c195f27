// The signed-in pages, each its own chunk: someone at a practice never downloads the hub queue's
// code, nor a coordinator the practice list's. Sign-in stays in the first chunk, being the first page.
import { lazyPage } from './lazyPage';

export const QueuePage = lazyPage(() => import('./features/queue/QueuePage').then((m) => m.QueuePage));
export const InboxPage = lazyPage(() => import('./features/inbox/InboxPage').then((m) => m.InboxPage));
export const PracticePage = lazyPage(() => import('./features/practice/PracticePage').then((m) => m.PracticePage));
export const DashboardPage = lazyPage(() => import('./features/dashboard/DashboardPage').then((m) => m.DashboardPage));
export const MonthlySummaryPage = lazyPage(() => import('./features/dashboard/MonthlySummaryPage').then((m) => m.MonthlySummaryPage));
export const JourneyPage = lazyPage(() => import('./features/consultation/JourneyPage').then((m) => m.JourneyPage));
export const LiabilityMatrixPage = lazyPage(() => import('./features/liability/LiabilityMatrixPage').then((m) => m.LiabilityMatrixPage));
export const ProtocolPage = lazyPage(() => import('./features/protocol/ProtocolPage').then((m) => m.ProtocolPage));
export const RotaPage = lazyPage(() => import('./features/rota/RotaPage').then((m) => m.RotaPage));
export const ReviewsPage = lazyPage(() => import('./features/review/ReviewsPage').then((m) => m.ReviewsPage));
export const MyFeedbackPage = lazyPage(() => import('./features/review/MyFeedbackPage').then((m) => m.MyFeedbackPage));
export const SentMessagesPage = lazyPage(() => import('./features/messages/SentMessagesPage').then((m) => m.SentMessagesPage));
export const PracticesAdminPage = lazyPage(() => import('./features/admin/organisations/PracticesPage').then((m) => m.PracticesPage));
export const PharmaciesAdminPage = lazyPage(() => import('./features/admin/organisations/PharmaciesPage').then((m) => m.PharmaciesPage));
export const SearchPage = lazyPage(() => import('./features/search/SearchPage').then((m) => m.SearchPage));
export const AdminIndexPage = lazyPage(() => import('./features/admin/AdminIndexPage').then((m) => m.AdminIndexPage));
export const StaffPage = lazyPage(() => import('./features/admin/staff/StaffPage').then((m) => m.StaffPage));
export const HubSettingsPage = lazyPage(() => import('./features/admin/hub/HubSettingsPage').then((m) => m.HubSettingsPage));

/** Fetches every page's chunk (tests render the app with all of them at hand). */
export const preloadPages = () =>
  Promise.all([QueuePage, InboxPage, PracticePage, DashboardPage, MonthlySummaryPage, JourneyPage, LiabilityMatrixPage, ProtocolPage, RotaPage, ReviewsPage, MyFeedbackPage, SentMessagesPage, PracticesAdminPage, PharmaciesAdminPage, AdminIndexPage, StaffPage, HubSettingsPage, SearchPage].map((page) => page.preload())).then(() => undefined);
