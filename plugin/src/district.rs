//! The 16 开发区、区县（市） of Zhengzhou whose 工信部门 review and recommend (第四条, 第九条).
//! The one list of districts: forms, authorization and host-sim's seed data use these codes.

/// A district office's jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct District {
    /// Stable org-unit code used throughout the contract (e.g. `zhongyuan`).
    pub code: &'static str,
    /// Chinese name.
    pub name: &'static str,
    /// GB/T 2260 administrative division code, where the district has its own.
    pub division: Option<&'static str>,
}

const fn d(code: &'static str, name: &'static str, division: Option<&'static str>) -> District {
    District {
        code,
        name,
        division,
    }
}

/// All districts, in the order of the city's official listings.
pub const DISTRICTS: [District; 16] = [
    d("zhongyuan", "中原区", Some("410102")),
    d("erqi", "二七区", Some("410103")),
    d("guancheng", "管城回族区", Some("410104")),
    d("jinshui", "金水区", Some("410105")),
    d("shangjie", "上街区", Some("410106")),
    d("huiji", "惠济区", Some("410108")),
    d("zhongmu", "中牟县", Some("410122")),
    d("gongyi", "巩义市", Some("410181")),
    d("xingyang", "荥阳市", Some("410182")),
    d("xinmi", "新密市", Some("410183")),
    d("xinzheng", "新郑市", Some("410184")),
    d("dengfeng", "登封市", Some("410185")),
    d("zhengdong", "郑东新区", None),
    d("gaoxin", "高新区", Some("410172")),
    d("jingkai", "经开区", Some("410171")),
    d("hangkonggang", "航空港区", Some("410173")),
];

/// Prefix of every GB/T 2260 code in Zhengzhou (郑州市 4101xx).
pub const ZHENGZHOU_DIVISION_PREFIX: &str = "4101";

/// The district with this code.
pub fn by_code(code: &str) -> Option<&'static District> {
    DISTRICTS.iter().find(|d| d.code == code)
}

/// Chinese name for a district code, or the code itself when unknown.
pub fn name_of(code: &str) -> &str {
    by_code(code).map_or(code, |d| d.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixteen_unique_districts() {
        let mut codes: Vec<_> = DISTRICTS.iter().map(|d| d.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 16);
        assert_eq!(name_of("guancheng"), "管城回族区");
        assert!(by_code("beijing").is_none());
    }
}
