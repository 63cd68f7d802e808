/** Test helper: short articles written for these tests, in the shape of the project's corpus. */
export const articles = [
  `Quảng Trị: Tổng kết phong trào thi đua "Dân vận khéo" năm 2023

18/01/2024
Quảng Trị: Tổng kết phong trào thi đua "Dân vận khéo" năm 2023
Sáng ngày 16/01/2024, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức Hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2023 và triển khai nhiệm vụ năm 2024.
Dự hội nghị có đồng chí Lê Văn Hưng, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Hoàng Thị Mai, Trưởng Ban Dân vận Tỉnh ủy cùng đại diện các sở, ngành.
Dịp này, Ủy ban nhân dân tỉnh tặng Bằng khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc trong phong trào.
Minh Châu`,
  `Trao Huân chương Lao động hạng Ba cho Sở Giáo dục và Đào tạo & các trường

Thứ Tư, 05/06/2024 - 09:15
Chiều 4/6, tại thành phố Đông Hà, Sở Giáo dục và Đào tạo tỉnh tổ chức lễ đón nhận Huân chương Lao động hạng Ba theo Quyết định số 512/QĐ-CTN của Chủ tịch nước.
Đến dự có ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh; bà Nguyễn Thị Lan, Giám đốc Sở Giáo dục và Đào tạo.
Theo Kế hoạch số 45/KH-UBND, năm học 2023 - 2024 ngành giáo dục tiếp tục đẩy mạnh phong trào thi đua "Đổi mới, sáng tạo trong dạy và học".
Tin, ảnh: Phạm Hà`,
]
