import type { Catalogue } from './catalogue.js';

/** What the system's (and the tool's own) codes mean, and what to do: one table for every message. */
const reasons: Record<string, [reason: string, hint: string]> = {
  ENOENT: ['không có tệp hay thư mục này', 'Kiểm tra lại đường dẫn.'],
  EACCES: ['không có quyền', 'Kiểm tra quyền của tệp và thư mục chứa nó (ls -l), hoặc chạy bằng tài khoản có quyền.'],
  EPERM: ['không được phép', 'Kiểm tra quyền của tệp và thư mục chứa nó; trên Windows, đóng chương trình đang mở tệp.'],
  EROFS: ['ổ đĩa chỉ cho đọc', 'Chạy lệnh trên một bản sao ghi được của kho kế hoạch.'],
  ENOSPC: ['đĩa đầy', 'Giải phóng chỗ trống trên đĩa rồi chạy lại lệnh.'],
  EDQUOT: ['hết hạn mức dung lượng của tài khoản', 'Xóa bớt tệp hoặc xin thêm hạn mức, rồi chạy lại lệnh.'],
  EISDIR: ['đây là một thư mục', 'Ghi đường dẫn tới một tệp, hoặc đổi tên thư mục trùng tên tệp.'],
  ENOTDIR: ['một phần của đường dẫn là tệp, không phải thư mục', 'Kiểm tra lại đường dẫn.'],
  EEXIST: ['đã có một tệp trùng tên', 'Đổi tên hoặc chuyển tệp đó đi, hoặc chọn đường dẫn khác.'],
  EMFILE: ['quá nhiều tệp đang mở', 'Đóng bớt chương trình rồi chạy lại lệnh.'],
  ENFILE: ['hệ thống mở quá nhiều tệp', 'Đóng bớt chương trình rồi chạy lại lệnh.'],
  EIO: ['lỗi đọc/ghi của thiết bị', 'Kiểm tra ổ đĩa (hoặc kết nối tới ổ mạng) rồi chạy lại lệnh.'],
  EBUSY: ['tệp đang bị chương trình khác giữ', 'Đóng tệp trong Word, Excel hay chương trình đang mở nó rồi chạy lại lệnh.'],
  ELOOP: ['đường dẫn có vòng liên kết tượng trưng', 'Sửa liên kết tượng trưng (symlink) trên đường dẫn.'],
  ENAMETOOLONG: ['tên tệp hoặc đường dẫn quá dài', 'Đặt tên ngắn hơn hoặc chuyển kho lên thư mục nông hơn.'],
  ETIMEDOUT: ['quá thời gian chờ ổ mạng', 'Kiểm tra kết nối tới ổ mạng rồi chạy lại lệnh.'],
  ESTALE: ['tệp trên ổ mạng không còn hợp lệ', 'Kết nối lại ổ mạng rồi chạy lại lệnh.'],
  ENOTREG: ['không phải tệp thường mà là ống FIFO, thiết bị hay socket', 'Ghi đường dẫn tới một tệp thường.'],
  EREADONLY: ['tệp đã được đặt chỉ cho đọc', 'Muốn sửa thì bỏ chế độ chỉ đọc của tệp (chmod u+w, hoặc bỏ chọn "Read-only" trong Properties) rồi chạy lại lệnh.'],
  ELOCKED: ['một lệnh plan khác đang ghi tệp này', 'Chờ lệnh đó xong rồi chạy lại.'],
  ECHANGED: [
    'tệp liên tục bị sửa ở nơi khác trong lúc plan ghi, nên plan không ghi gì',
    'Lưu và đóng tệp trong trình soạn thảo, rồi chạy lại lệnh.',
  ],
};

const actions = {
  read: (what: string) => `Không đọc được ${what}`,
  write: (what: string) => `Không ghi được ${what}`,
  list: (what: string) => `Không liệt kê được ${what}`,
  lock: (what: string) => `Không khóa được ${what} để ghi`,
} as const;

/** "không có quyền (EACCES)": the words of a code, with the code for whoever searches for it. */
export function ioReasonVi(code: string): string {
  const known = reasons[code];
  return known ? `${known[0]} (${code})` : `lỗi hệ thống ${code}`;
}

/** What to do about a code. */
export function ioHintVi(code: string): string {
  return reasons[code]?.[1] ?? 'Kiểm tra tệp, thư mục và ổ đĩa rồi chạy lại lệnh.';
}

export const ioVi: Catalogue['io'] = {
  reason: ioReasonVi,
  failed: ({ action, path, code, holder }) => {
    const hint = ioHintVi(code);
    // No path: what the command prints, to a full disk or a closed pipe (`plan due > /dev/full`).
    const what = path === '' ? 'ra đầu ra chuẩn (stdout)' : action === 'list' ? `thư mục «${path}»` : `«${path}»`;
    const who = code === 'ELOCKED' && holder ? ` (tiến trình ${holder.pid} trên máy ${holder.host})` : '';
    const more =
      code === 'ELOCKED'
        ? ` Nếu chắc chắn không còn lệnh plan nào đang chạy, xóa tệp «${path}.lock».`
        : action === 'write' && path !== '' && !['ECHANGED', 'EISDIR', 'ENOTREG'].includes(code)
          ? ' Tệp cũ (nếu có) giữ nguyên.'
          : '';
    return `${actions[action](what)}: ${ioReasonVi(code)}${who}. ${hint}${more}`;
  },
};
