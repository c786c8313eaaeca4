/** Risk levels and the advice shown with them, in the platform's four languages. */
export type Labels = Readonly<Record<'en' | 'ms' | 'id' | 'vi', string>>;

export const jobadsLabels = {
  risk: {
    low: { en: 'Low risk', ms: 'Risiko rendah', id: 'Risiko rendah', vi: 'Rủi ro thấp' },
    medium: { en: 'Medium risk', ms: 'Risiko sederhana', id: 'Risiko sedang', vi: 'Rủi ro trung bình' },
    high: { en: 'High risk', ms: 'Risiko tinggi', id: 'Risiko tinggi', vi: 'Rủi ro cao' },
  },
  advice: {
    low: {
      en: 'Few warning signs found. Still check the employer and never pay a fee to get a job.',
      ms: 'Sedikit tanda amaran ditemui. Tetap semak majikan dan jangan sekali-kali membayar yuran untuk mendapat kerja.',
      id: 'Sedikit tanda bahaya ditemukan. Tetap periksa pemberi kerja dan jangan pernah membayar biaya untuk mendapat pekerjaan.',
      vi: 'Ít dấu hiệu cảnh báo. Vẫn hãy kiểm tra chủ lao động và đừng bao giờ trả phí để có việc.',
    },
    medium: {
      en: 'Several warning signs. Verify the employer and the recruiter’s licence with the labour authority before you go.',
      ms: 'Beberapa tanda amaran. Sahkan majikan dan lesen perekrut dengan pihak berkuasa buruh sebelum pergi.',
      id: 'Beberapa tanda bahaya. Pastikan pemberi kerja dan izin perekrut ke dinas tenaga kerja sebelum berangkat.',
      vi: 'Có nhiều dấu hiệu cảnh báo. Hãy xác minh chủ lao động và giấy phép của bên tuyển dụng với cơ quan lao động trước khi đi.',
    },
    high: {
      en: 'Many signs of a trafficking or scam-compound lure. Do not travel; report the advert to the police or a hotline.',
      ms: 'Banyak tanda umpan pemerdagangan atau pusat penipuan. Jangan pergi; laporkan iklan ini kepada polis atau talian bantuan.',
      id: 'Banyak tanda jebakan perdagangan orang atau markas penipuan. Jangan berangkat; laporkan iklan ini ke polisi atau hotline.',
      vi: 'Nhiều dấu hiệu dụ dỗ buôn người hoặc vào khu lừa đảo. Đừng đi; hãy báo quảng cáo này cho công an hoặc đường dây nóng.',
    },
  },
} as const satisfies Record<string, Record<string, Labels>>;
