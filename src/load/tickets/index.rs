//! The import's index of ticket ids: for every id seen, where its latest row went.
//!
//! A million-ticket export has a million ids. Kept as a map from an allocated string to a
//! record, the table alone was 64 MB of random accesses and a million allocations; here
//! the ids lie end to end in one string, the records in a vector in the order first seen,
//! and the hash table holds only their 4-byte positions (hashbrown's `HashTable`, hashed
//! with foldhash, seeded per process so that crafted ids cannot make it slow).

use std::hash::BuildHasher;

use hashbrown::HashTable;

/// Ids seen so far, each with a value of type `V`.
pub struct Index<V> {
    /// Positions in `seen`, by the hash of their id.
    table: HashTable<u32>,
    /// (hash, end of the id in `ids`, value), in the order first seen.
    seen: Vec<(u64, usize, V)>,
    /// Every id, end to end.
    ids: String,
    hasher: foldhash::fast::RandomState,
}

impl<V> Default for Index<V> {
    fn default() -> Self {
        Index {
            table: HashTable::new(),
            seen: Vec::new(),
            ids: String::new(),
            hasher: foldhash::fast::RandomState::default(),
        }
    }
}

/// An id looked up for a row: seen before (its value), or new.
pub enum Lookup<'a, V> {
    Seen(&'a mut V),
    New(NewId<'a, V>),
}

/// An id not seen before, to be given its value.
pub struct NewId<'a, V> {
    index: &'a mut Index<V>,
    id: &'a str,
    hash: u64,
}

impl<V> NewId<'_, V> {
    /// Records the id with its value.
    pub fn insert(self, value: V) {
        let Index {
            table, seen, ids, ..
        } = self.index;
        let at = u32::try_from(seen.len()).expect("fewer than 4 billion tickets in the exports");
        ids.push_str(self.id);
        seen.push((self.hash, ids.len(), value));
        table.insert_unique(self.hash, at, |&i| seen[i as usize].0);
    }
}

impl<V> Index<V> {
    /// Room for `n` more ids without rehashing.
    pub fn reserve(&mut self, n: usize) {
        let Index { table, seen, .. } = self;
        table.reserve(n, |&i| seen[i as usize].0);
        seen.reserve(n);
    }

    fn id(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.seen[i - 1].1 };
        &self.ids[start..self.seen[i].1]
    }

    fn position(&self, id: &str, hash: u64) -> Option<usize> {
        self.table
            .find(hash, |&i| self.id(i as usize) == id)
            .map(|&i| i as usize)
    }

    /// The value of `id`, if seen.
    pub fn get(&self, id: &str) -> Option<&V> {
        let hash = self.hasher.hash_one(id);
        self.position(id, hash).map(|i| &self.seen[i].2)
    }

    /// The value of `id` to update, or its place if new.
    pub fn lookup<'a>(&'a mut self, id: &'a str) -> Lookup<'a, V> {
        let hash = self.hasher.hash_one(id);
        match self.position(id, hash) {
            Some(i) => Lookup::Seen(&mut self.seen[i].2),
            None => Lookup::New(NewId {
                index: self,
                id,
                hash,
            }),
        }
    }

    /// How many ids.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.seen.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(ix: &mut Index<u64>, id: &str, v: u64) -> bool {
        match ix.lookup(id) {
            Lookup::Seen(old) => {
                *old = v;
                false
            }
            Lookup::New(n) => {
                n.insert(v);
                true
            }
        }
    }

    #[test]
    fn ids_are_told_apart_and_updated() {
        let mut ix = Index::default();
        assert!(put(&mut ix, "T1", 1));
        assert!(put(&mut ix, "T10", 2));
        // Ids that are prefixes of each other, and the empty id, are distinct.
        assert!(put(&mut ix, "T", 3));
        assert!(put(&mut ix, "", 4));
        assert!(!put(&mut ix, "T1", 5));
        assert_eq!(ix.get("T1"), Some(&5));
        assert_eq!(ix.get("T10"), Some(&2));
        assert_eq!(ix.get("T"), Some(&3));
        assert_eq!(ix.get(""), Some(&4));
        assert_eq!(ix.get("T2"), None);
        assert_eq!(ix.len(), 4);
    }

    #[test]
    fn survives_growth_past_its_reservation() {
        let mut ix = Index::default();
        ix.reserve(10);
        for i in 0..50_000u64 {
            assert!(put(&mut ix, &format!("INC{i:07}"), i));
        }
        for i in (0..50_000u64).step_by(7) {
            assert!(!put(&mut ix, &format!("INC{i:07}"), i + 1));
        }
        assert_eq!(ix.len(), 50_000);
        for i in 0..50_000u64 {
            let want = if i % 7 == 0 { i + 1 } else { i };
            assert_eq!(ix.get(&format!("INC{i:07}")), Some(&want));
        }
    }
}
