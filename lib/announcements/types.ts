// Client-safe: announcements as the console lists and edits them.

export interface AnnouncementSummary {
  id: number;
  trainSlug: string;
  title: string;
  /** The rich-text source, as typed. */
  body: string;
  updatedAt: string;
}

export interface AnnouncementsPageData {
  trains: { slug: string; name: string }[];
  /** null when there is no train at all. */
  train: { slug: string; name: string } | null;
  announcements: AnnouncementSummary[];
}
