/**
 * Commonly breached passwords, compiled from public top lists (NCSC/HIBP
 * top-100k, SplashData/NordPass annual lists, and the widely analysed
 * 2011 CSDN/Tianya leaks that dominate Chinese-language lists).
 *
 * Entries are stored in lower case; callers must compare with
 * `password.toLowerCase()` so "PASSWORD123!" is caught by "password123!".
 *
 * The list deliberately includes passwords that satisfy the length/character
 * class rule (e.g. "Password123!", "P@ssw0rd1234", "Aa123456789!") because
 * those are exactly the ones the composition rule alone would let through.
 *
 * Do not add the demo password used in seed data: it must pass the policy.
 */
const RAW: readonly string[] = [
  // Digit sequences and repeats
  "123456", "12345678", "123456789", "1234567890", "12345", "1234567",
  "12345678910", "123123", "123123123", "111111", "11111111", "000000",
  "00000000", "666666", "888888", "88888888", "66666666", "112233",
  "121212", "123321", "654321", "7654321", "87654321", "987654321",
  "9876543210", "147258369", "147258", "159357", "159753", "123654",
  "1314520", "5201314", "520520", "521521", "1qaz2wsx", "1q2w3e4r",
  "1q2w3e4r5t", "1q2w3e", "q1w2e3r4", "qazwsx", "qazwsxedc", "1qazxsw2",
  "zaq12wsx", "zaq1zaq1", "2wsx3edc", "3edc4rfv",
  // Keyboard walks
  "qwerty", "qwertyuiop", "qwerty123", "qwerty1234", "qwerty12345",
  "qwerty123456", "qwe123", "qwe123456", "qweasd", "qweasdzxc",
  "qweasdzxc123", "asdfgh", "asdfghjkl", "asdf1234", "asd123", "asd123456",
  "zxcvbnm", "zxcvbn", "zxc123", "zxc123456", "zxcvbnm123", "1qaz@wsx",
  "1qaz!qaz", "!qaz2wsx", "1qaz2wsx3edc", "!qaz@wsx", "!qaz@wsx#edc",
  "123qwe", "123qwe!@#", "123qweasd", "123qweasdzxc", "qwe!@#", "qwe!@#123",
  "!@#$%^", "!@#$%^&*", "!@#123", "!@#qwe", "1234qwer", "qwer1234",
  "asdfqwer", "abc123", "abc12345", "abc123456", "abcd1234", "abcd123456",
  "abcdef", "abcdefg", "abc@123", "abc@1234", "abc@123456", "abc123!@#",
  "a123456", "a12345678", "a123456789", "aa123456", "aa12345678",
  "aa123456789", "aaa111", "aaaaaa", "a1b2c3", "a1b2c3d4", "a1234567",
  "123456a", "123456aa", "123456abc", "123abc", "1234abcd", "q123456",
  "q1234567", "qq123456", "qq123456789", "z123456", "w123456",
  // "password" and variants
  "password", "password1", "password12", "password123", "password1234",
  "password!", "password1!", "password123!", "password@123", "password@1234",
  "password2024", "password2025", "password2026", "passw0rd", "passw0rd!",
  "passw0rd1", "passw0rd123", "p@ssw0rd", "p@ssw0rd1", "p@ssw0rd!",
  "p@ssw0rd123", "p@ssw0rd1234", "p@ssword", "p@ssword1", "p@ssword123",
  "p@55w0rd", "pass123", "pass1234", "pass@123", "pass@1234", "pa$$w0rd",
  "passwd", "passwd123", "mypassword", "newpassword", "changeme",
  "changeme123", "letmein", "letmein1", "letmein123", "welcome",
  "welcome1", "welcome123", "welcome@123", "welcome@2024", "welcome@2025",
  // Capitalised patterns that satisfy 3-of-4 character classes
  "aa123456!", "aa123456.", "aa123456@", "aa123456789!", "aa@123456",
  "aa@12345678", "abc123456!", "abc@123456789", "abcd@1234", "abcd@123456",
  "qwerty@123", "qwerty@123456", "qwerty@1234", "qwer@1234", "qwe@123456",
  "1qaz@wsx3edc", "zaq1@wsx", "admin@123", "admin@1234", "admin@123456",
  "admin123!", "admin123456!", "root@123", "root@123456", "test@123",
  "test@123456", "user@123", "user@123456", "china@123", "china@2024",
  "china@2025", "china@2026", "summer2024!", "summer2025!", "winter2024!",
  "spring2025!", "autumn2025!", "iloveyou1!", "woaini@1314", "woaini1314!",
  // Admin/default credentials
  "admin", "admin1", "admin12", "admin123", "admin1234", "admin12345",
  "admin123456", "administrator", "root", "root123", "root1234",
  "root123456", "toor", "test", "test1", "test123", "test1234", "test123456",
  "guest", "guest123", "user", "user123", "user1234", "system", "manager",
  "default", "oracle", "mysql", "sa123456", "super123", "master",
  "master123", "service", "support", "login", "login123",
  // Chinese pinyin favourites (CSDN/Tianya leaks)
  "woaini", "woaini1314", "woaini520", "woaini123", "woaini521",
  "woaiwojia", "wodemima", "mima123", "mima123456", "nihao123",
  "nihao", "zhang123", "wang123456", "li123456", "liu123456", "chen123456",
  "zhangwei", "wangwei", "iloveyou", "iloveyou1", "iloveyou123",
  "5201314520", "1314521", "woshishui", "aini1314", "xiaoming",
  "shanghai", "beijing", "nantong", "nantong123", "jiangsu",
  "jiangsu123", "china123", "zhongguo", "baidu123", "taobao123",
  "qq123", "qq5201314", "qwertyuiop123",
  // English words and names frequent in breach lists
  "monkey", "dragon", "football", "baseball", "basketball", "soccer",
  "hockey", "sunshine", "princess", "starwars", "superman", "batman",
  "pokemon", "shadow", "master1", "michael", "jennifer", "jordan23",
  "charlie", "daniel", "thomas", "hunter", "hunter2", "killer", "trustno1",
  "freedom", "whatever", "qazwsx123", "secret", "secret123", "computer",
  "internet", "samsung", "google", "iphone", "apple123", "hello",
  "hello123", "hello1234", "helloworld", "loveme", "lovely", "flower",
  "cookie", "cheese", "chocolate", "buster", "ginger", "pepper",
  "tigger", "summer", "winter", "maggie", "ashley", "bailey", "zxcvbnm1",
  "asdasd", "asdasd123", "qweqwe", "qweqwe123", "zzzzzz", "xxxxxx",
  "abcabc", "aaaaaaaa", "11223344", "00001111", "1234512345", "12341234",
  "123456123456", "12344321", "1122334455", "998877", "147852369",
  "963852741", "741852963", "789456123", "456789", "789456",
];

/**
 * Lower-cased set of commonly breached passwords. Compare with
 * `COMMON_PASSWORDS.has(password.toLowerCase())`.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(RAW.map((p) => p.toLowerCase()));
