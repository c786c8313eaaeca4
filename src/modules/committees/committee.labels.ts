/** Committee codes and their labels in the platform's four languages (`GET /api/committees/options`). */
export type Labels = Readonly<Record<'en' | 'ms' | 'id' | 'vi', string>>;

export const memberRoles = ['chair', 'deputy_chair', 'secretary', 'member', 'observer'] as const;
export const actionItemStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;

export const committeeLabels = {
  memberRole: {
    chair: { en: 'Chair', ms: 'Pengerusi', id: 'Ketua', vi: 'Chủ tịch' },
    deputy_chair: { en: 'Deputy chair', ms: 'Timbalan Pengerusi', id: 'Wakil Ketua', vi: 'Phó Chủ tịch' },
    secretary: { en: 'Secretary', ms: 'Setiausaha', id: 'Sekretaris', vi: 'Thư ký' },
    member: { en: 'Member', ms: 'Ahli', id: 'Anggota', vi: 'Thành viên' },
    observer: { en: 'Observer', ms: 'Pemerhati', id: 'Pengamat', vi: 'Quan sát viên' },
  },
  actionItemStatus: {
    open: { en: 'Open', ms: 'Terbuka', id: 'Terbuka', vi: 'Chưa thực hiện' },
    in_progress: { en: 'In progress', ms: 'Dalam tindakan', id: 'Sedang dikerjakan', vi: 'Đang thực hiện' },
    done: { en: 'Done', ms: 'Selesai', id: 'Selesai', vi: 'Hoàn thành' },
    dropped: { en: 'Dropped', ms: 'Dibatalkan', id: 'Dibatalkan', vi: 'Đã hủy' },
  },
} as const satisfies Record<string, Record<string, Labels>>;
